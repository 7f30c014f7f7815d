<?php
/**
 * The one-file bundle, as an ES module with its SRI, on the front end only.
 * WordPress 6.1 has no script modules API (6.5 added it): the script is
 * enqueued as usual, and its tag is rewritten with `type="module"`.
 *
 * @package ThammWidgets
 */

defined( 'ABSPATH' ) || exit;

const THAMM_WIDGETS_HANDLE = 'thamm-widgets';

/** Path of the bundle in the plugin (the build copies dist/thamm-widgets.js there). */
function thamm_widgets_bundle_path(): string {
	return plugin_dir_path( THAMM_WIDGETS_FILE ) . 'assets/thamm-widgets.js';
}

/** `sha384-…` of the bundle as it is on disk, so it always matches the file served. */
function thamm_widgets_integrity(): string {
	static $integrity = null;
	if ( null === $integrity ) {
		$hash      = hash_file( 'sha384', thamm_widgets_bundle_path(), true );
		$integrity = false === $hash ? '' : 'sha384-' . base64_encode( $hash );
	}
	return $integrity;
}

/** On `wp_enqueue_scripts`, which runs for front-end pages only (not the admin, nor the login page). */
function thamm_widgets_enqueue_script(): void {
	wp_enqueue_script(
		THAMM_WIDGETS_HANDLE,
		plugins_url( 'assets/thamm-widgets.js', THAMM_WIDGETS_FILE ),
		array(),
		THAMM_WIDGETS_VERSION,
		true
	);
}

/**
 * On `script_loader_tag`: the bundle's tag as a module with its integrity.
 * wp_get_script_tag() escapes every attribute value (esc_attr); the URL also
 * goes through esc_url. Modules are fetched with CORS: `crossorigin` says so.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 */
function thamm_widgets_script_tag( $tag, $handle ): string {
	if ( THAMM_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$src        = add_query_arg( 'ver', THAMM_WIDGETS_VERSION, plugins_url( 'assets/thamm-widgets.js', THAMM_WIDGETS_FILE ) );
	$attributes = array(
		'type'        => 'module',
		'src'         => esc_url( $src ),
		'id'          => THAMM_WIDGETS_HANDLE . '-js',
		'crossorigin' => 'anonymous',
	);
	$integrity  = thamm_widgets_integrity();
	if ( '' !== $integrity ) {
		$attributes['integrity'] = $integrity;
	}
	return wp_get_script_tag( $attributes );
}
