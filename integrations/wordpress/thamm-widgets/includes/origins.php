<?php
/**
 * The allowed content origins: an option, and the
 * `<meta name="thamm-widgets-origins">` the bundle reads. A blockquote whose
 * cite is on another origin than the page's, the script's, or one listed here
 * is left as it is (see the package's contract).
 *
 * @package ThammWidgets
 */

defined( 'ABSPATH' ) || exit;

/** On `init`: the option and its sanitizer, wherever it is saved from (settings page, REST, code). */
function thamm_widgets_register_setting(): void {
	register_setting(
		'thamm_widgets',
		THAMM_WIDGETS_ORIGINS_OPTION,
		array(
			'type'              => 'string',
			'description'       => __( 'Origins the widgets may load content from, space-separated.', 'thamm-widgets' ),
			'sanitize_callback' => 'thamm_widgets_sanitize_origins',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);
}

/**
 * One origin as the bundle compares it, `https://host[:port]` in lower case
 * with no default port, or null when the text is not an http(s) origin
 * (a path, a query, user info or another scheme).
 *
 * @param string $text One origin as typed.
 */
function thamm_widgets_origin( string $text ): ?string {
	$parts = wp_parse_url( $text );
	if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'] ) ) {
		return null;
	}
	$scheme = strtolower( $parts['scheme'] );
	$extra  = array_diff( array_keys( $parts ), array( 'scheme', 'host', 'port', 'path' ) );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || $extra || ( isset( $parts['path'] ) && '/' !== $parts['path'] ) ) {
		return null;
	}
	if ( ! preg_match( '/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i', $parts['host'] ) ) {
		return null;
	}
	$default = 'https' === $scheme ? 443 : 80;
	$port    = isset( $parts['port'] ) && (int) $parts['port'] !== $default ? ':' . (int) $parts['port'] : '';
	return $scheme . '://' . strtolower( $parts['host'] ) . $port;
}

/**
 * The option's value: the origins given (separated by spaces, commas or new
 * lines), each normalised, once; anything else is dropped with a notice.
 *
 * @param mixed $value What was submitted.
 */
function thamm_widgets_sanitize_origins( $value ): string {
	$origins  = array();
	$rejected = array();
	foreach ( preg_split( '/[\s,]+/', is_string( $value ) ? $value : '', -1, PREG_SPLIT_NO_EMPTY ) as $text ) {
		$origin = thamm_widgets_origin( $text );
		if ( null === $origin ) {
			$rejected[] = $text;
		} else {
			$origins[ $origin ] = true;
		}
	}
	if ( $rejected && function_exists( 'add_settings_error' ) ) {
		add_settings_error(
			THAMM_WIDGETS_ORIGINS_OPTION,
			'thamm_widgets_origins_rejected',
			/* translators: %s: the rejected entries */
			sprintf( __( 'Not origins (write them as https://host or https://host:port), left out: %s', 'thamm-widgets' ), implode( ' ', $rejected ) )
		);
	}
	return implode( ' ', array_keys( $origins ) );
}

/** On `wp_head`: the meta, when origins are listed. */
function thamm_widgets_print_origins_meta(): void {
	$origins = (string) get_option( THAMM_WIDGETS_ORIGINS_OPTION, '' );
	if ( '' !== $origins ) {
		echo '<meta name="thamm-widgets-origins" content="' . esc_attr( $origins ) . '">' . "\n";
	}
}
