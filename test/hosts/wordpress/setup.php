<?php
/**
 * Runs inside the test site's WordPress (test/hosts/wordpress-site.js), one step per run:
 *
 *   php setup.php install   WordPress's own installer, once (idempotent); prints the versions.
 *   php setup.php plugin    installs dist/thamm-widgets-wordpress.zip with WordPress's
 *                           Plugin_Upgrader (as Plugins → Add New → Upload does), and activates it.
 *   php setup.php content   stdin {origins, posts: [{slug, title, role, content}]}: the origins
 *                           option, and each post saved by a user of that role through
 *                           wp_insert_post(), with the filters WordPress gives that user
 *                           (an Author: kses, no unfiltered_html). Prints {slug: {url, saved}}.
 *                           Also renders each of `render` through do_shortcode(), as on the front end.
 *   php setup.php uninstall runs the plugin's uninstall.php, as deleting it does; prints the option after.
 *
 * Each prints one JSON object on stdout.
 */

$thamm_step = $argv[1] ?? '';
// Mail is not part of the test: no sendmail is called (wp_install() sends one).
$GLOBALS['wp_filter'] = array( 'pre_wp_mail' => array( 10 => array( array( 'function' => '__return_false', 'accepted_args' => 1 ) ) ) );
if ( 'install' === $thamm_step ) {
	define( 'WP_INSTALLING', true );
}
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'THAMM_WP_URL' ), PHP_URL_HOST );
require getenv( 'THAMM_WP_ROOT' ) . '/wp-load.php';

function thamm_fail( string $message ): void {
	fwrite( STDERR, "setup.php: $message\n" );
	exit( 1 );
}

function thamm_user( string $role ): int {
	$login = "thamm-$role";
	$user  = get_user_by( 'login', $login );
	if ( $user ) {
		return $user->ID;
	}
	$id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => "$login-password", 'user_email' => "$login@example.org", 'role' => $role ) );
	if ( is_wp_error( $id ) ) {
		thamm_fail( $id->get_error_message() );
	}
	return $id;
}

switch ( $thamm_step ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$installed = is_blog_installed();
		if ( ! $installed ) {
			wp_install( 'THAMM partner site', 'thamm-administrator', 'thamm-administrator@example.org', true, '', 'thamm-administrator-password' );
		}
		echo wp_json_encode( array( 'wordpress' => $GLOBALS['wp_version'], 'php' => PHP_VERSION, 'database' => $GLOBALS['wpdb']->db_server_info(), 'installedBefore' => $installed ) );
		break;

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/misc.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( getenv( 'THAMM_WP_PLUGIN_ZIP' ), array( 'overwrite_package' => true ) );
		if ( true !== $result ) {
			thamm_fail( 'installing the zip: ' . ( is_wp_error( $result ) ? $result->get_error_message() : implode( ' ', $upgrader->skin->get_upgrade_messages() ) ) );
		}
		$activated = activate_plugin( 'thamm-widgets/thamm-widgets.php' );
		if ( is_wp_error( $activated ) ) {
			thamm_fail( 'activating: ' . $activated->get_error_message() );
		}
		echo wp_json_encode( array( 'active' => is_plugin_active( 'thamm-widgets/thamm-widgets.php' ), 'plugin' => get_plugin_data( WP_PLUGIN_DIR . '/thamm-widgets/thamm-widgets.php' )['Version'] ) );
		break;

	case 'content':
		$input = json_decode( stream_get_contents( STDIN ), true );
		// Sanitized by the plugin's own register_setting() callback, as the settings page saves it.
		update_option( 'thamm_widgets_origins', $input['origins'] );
		$posts = array();
		foreach ( $input['posts'] as $post ) {
			$user = thamm_user( $post['role'] );
			// set_current_user → kses_init(): kses on content_save_pre unless the user has unfiltered_html.
			wp_set_current_user( $user );
			if ( 'author' === $post['role'] && ( current_user_can( 'unfiltered_html' ) || ! has_filter( 'content_save_pre', 'wp_filter_post_kses' ) ) ) {
				thamm_fail( 'an Author must save through kses' );
			}
			$existing = get_page_by_path( $post['slug'], OBJECT, 'post' );
			$id       = wp_insert_post(
				wp_slash(
					array(
						'ID'           => $existing ? $existing->ID : 0,
						'post_name'    => $post['slug'],
						'post_title'   => $post['title'],
						'post_content' => $post['content'],
						'post_status'  => 'publish',
						'post_author'  => $user,
					)
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				thamm_fail( $id->get_error_message() );
			}
			$posts[ $post['slug'] ] = array( 'url' => get_permalink( $id ), 'saved' => get_post_field( 'post_content', $id, 'raw' ) );
		}
		wp_set_current_user( 0 );
		$rendered = array_map( 'do_shortcode', $input['render'] ?? array() );
		echo wp_json_encode( array( 'origins' => get_option( 'thamm_widgets_origins' ), 'posts' => $posts, 'rendered' => $rendered ) );
		break;

	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		uninstall_plugin( 'thamm-widgets/thamm-widgets.php' );
		echo wp_json_encode( array( 'origins' => get_option( 'thamm_widgets_origins', null ) ) );
		break;

	default:
		thamm_fail( 'usage: php setup.php install|plugin|content|uninstall' );
}
