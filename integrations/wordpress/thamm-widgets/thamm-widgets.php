<?php
/**
 * Plugin Name:       THAMM widgets
 * Plugin URI:        https://www.ilo.org/
 * Description:       Shows THAMM programme news, quotes, partners and contacts: loads the thamm-widgets bundle on the front end (with its SRI), lists the allowed content origins, and adds the [thamm] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       thamm-widgets
 *
 * @package ThammWidgets
 */

defined( 'ABSPATH' ) || exit;

const THAMM_WIDGETS_VERSION = '0.1.0';
const THAMM_WIDGETS_FILE    = __FILE__;
// Allowed content origins, space-separated `scheme://host[:port]` (the meta's content).
const THAMM_WIDGETS_ORIGINS_OPTION = 'thamm_widgets_origins';

require_once __DIR__ . '/includes/script.php';
require_once __DIR__ . '/includes/origins.php';
require_once __DIR__ . '/includes/settings-page.php';
require_once __DIR__ . '/includes/shortcode.php';

add_action( 'wp_enqueue_scripts', 'thamm_widgets_enqueue_script' );
add_filter( 'script_loader_tag', 'thamm_widgets_script_tag', 10, 2 );
add_action( 'init', 'thamm_widgets_register_setting' );
add_action( 'wp_head', 'thamm_widgets_print_origins_meta' );
add_action( 'admin_menu', 'thamm_widgets_add_settings_page' );
add_action( 'init', 'thamm_widgets_register_shortcode' );
