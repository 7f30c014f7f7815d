<?php
/**
 * HTML on stdin -> what WordPress stores when an Author saves it as post content
 * (for example in a Custom HTML block), on stdout. The WordPress version loaded goes to stderr.
 *
 * Runs WordPress's own files from Debian's `wordpress` package, with no database:
 * the kses filters an Author gets (`kses_init()` -> `kses_init_filters()`:
 * `wp_filter_post_kses` on `content_save_pre`, which is `wp_kses( …, 'post' )`,
 * the same as `wp_kses_post`), plus the other `content_save_pre` filters of
 * default-filters.php. Authors and Contributors lack `unfiltered_html`
 * (wp-admin/includes/schema.php, populate_roles); Editors and Administrators lose it on
 * a multisite (unless super admin) or with DISALLOW_UNFILTERED_HTML (capabilities.php,
 * map_meta_cap): they all go through exactly this.
 *
 * Usage: php test/hosts/wp-kses.php < snippet.html   (WORDPRESS_DIR overrides /usr/share/wordpress)
 */

define( 'ABSPATH', rtrim( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress', '/' ) . '/' );
define( 'WPINC', 'wp-includes' );

/*
 * Stubs: only what would read the database.
 *
 * current_user_can(): the real one loads the user and the roles from the database. An
 * Author has no `unfiltered_html` (nor any other capability kses asks about here).
 * Defined before WordPress's files, which then never define it (capabilities.php is not loaded).
 */
function current_user_can( $capability, ...$args ) {
	return false;
}

require ABSPATH . WPINC . '/version.php';
require ABSPATH . WPINC . '/load.php';        // is_admin(), wp_installing(), …
require ABSPATH . WPINC . '/plugin.php';      // hooks (WP_Hook)
require ABSPATH . WPINC . '/functions.php';   // wp_allowed_protocols(); requires option.php
require ABSPATH . WPINC . '/formatting.php';  // wp_pre_kses_less_than(), balanceTags(), wp_slash(), …
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/blocks.php';      // filter_block_content(), for the pre_kses filter on block attributes
require ABSPATH . WPINC . '/class-wp-block-parser.php';
require ABSPATH . WPINC . '/default-filters.php';

/*
 * Options, through WordPress's own `pre_option_{$name}` hook, so get_option() never
 * reaches the database: the values a fresh install writes (schema.php, populate_options).
 */
add_filter( 'pre_option_use_balanceTags', fn() => '0' );

// What the `init` and `set_current_user` actions do for this user, without firing every other init callback.
kses_init();
wp_init_targeted_link_rel_filters();

// A user without unfiltered_html gets kses on content_save_pre; should that ever change, fail rather than pass HTML unfiltered.
if ( ! has_filter( 'content_save_pre', 'wp_filter_post_kses' ) ) {
	fwrite( STDERR, "wp-kses: kses is not on content_save_pre\n" );
	exit( 1 );
}

$html = stream_get_contents( STDIN );
// wp_insert_post() slashes the post data, runs sanitize_post() ('db' context: content_save_pre), then unslashes.
$saved = wp_unslash( apply_filters( 'content_save_pre', wp_slash( $html ) ) );

fwrite( STDERR, "WordPress $wp_version\n" );
echo $saved;
