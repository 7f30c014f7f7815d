<?php
/**
 * [thamm src="https://thamm.example/thamm.json#/news/0" lang="ar" heading-level="2"]fallback[/thamm]
 * prints the blockquote form of the package's contract, the same HTML as
 * `thamm-widgets embed … --form blockquote`; the bundle upgrades it into the
 * element. Every attribute is checked, then escaped; the fallback goes through
 * wp_kses_post. Without a usable src, only the fallback is printed.
 *
 * @package ThammWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The languages written right to left (as the bundle's core/language.ts). */
const THAMM_WIDGETS_RTL = array( 'ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'dv', 'yi' );

/** A cite's fragment: a JSON Pointer into one of a content bundle's collections. */
const THAMM_WIDGETS_POINTER = '~^/(?:(?:news|quotes|contacts)/(?:0|[1-9][0-9]*)|news|partners)$~';

/** On `init`. */
function thamm_widgets_register_shortcode(): void {
	add_shortcode( 'thamm', 'thamm_widgets_shortcode' );
}

/**
 * The cite: `src` made absolute against the site, http(s) only, with a pointer
 * fragment; or null.
 *
 * @param string $src As written in the shortcode.
 */
function thamm_widgets_cite( string $src ): ?string {
	$src = trim( $src );
	if ( '' === $src ) {
		return null;
	}
	// make_absolute_url() drops the fragment, which is the pointer: it is put back.
	$hash  = strpos( $src, '#' );
	$url   = false === $hash ? $src : substr( $src, 0, $hash );
	$url   = WP_Http::make_absolute_url( $url, home_url( '/' ) ) . ( false === $hash ? '' : substr( $src, $hash ) );
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'], $parts['fragment'] ) ) {
		return null;
	}
	if ( ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return null;
	}
	if ( ! preg_match( THAMM_WIDGETS_POINTER, rawurldecode( $parts['fragment'] ) ) ) {
		return null;
	}
	return esc_url_raw( $url, array( 'http', 'https' ) ) ?: null;
}

/**
 * The element's attributes, as `data-*` in the order `thamm-widgets embed`
 * writes them; each value checked (`true`: a bare attribute).
 *
 * @param array $atts The shortcode's attributes.
 */
function thamm_widgets_data_attributes( array $atts ): array {
	$flag     = static fn( $value ) => in_array( strtolower( (string) $value ), array( '', '1', 'true', 'monochrome', 'yes' ), true );
	$positive = static fn( $value ) => preg_match( '/^[1-9][0-9]{0,3}$/', (string) $value ) ? (string) $value : null;
	$checks   = array(
		'heading-level' => static fn( $value ) => preg_match( '/^[1-6]$/', (string) $value ) ? (string) $value : null,
		'variant'       => static fn( $value ) => 'featured' === $value ? 'featured' : null,
		'logo-height'   => $positive,
		'monochrome'    => static fn( $value ) => $flag( $value ) ? true : null,
		'limit'         => $positive,
		'tag'           => static fn( $value ) => '' === trim( (string) $value ) ? null : (string) $value,
	);
	// `[thamm monochrome]`: a name without a value comes as a numbered attribute.
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && 'monochrome' === strtolower( (string) $value ) ) {
			$atts['monochrome'] = '';
		}
	}
	$data = array();
	foreach ( $checks as $name => $check ) {
		if ( array_key_exists( $name, $atts ) ) {
			$value = $check( $atts[ $name ] );
			if ( null !== $value ) {
				$data[ 'data-' . $name ] = $value;
			}
		}
	}
	return $data;
}

/**
 * The fallback, made safe, as block content: text alone becomes a paragraph.
 *
 * @param string $content What the shortcode encloses.
 */
function thamm_widgets_fallback( string $content ): string {
	$html = trim( wp_kses_post( $content ) );
	if ( '' !== $html && ! preg_match( '/^<(?:p|ul|ol|figure|div|h[1-6])[\s>]/i', $html ) ) {
		$html = '<p>' . $html . '</p>';
	}
	return $html;
}

/**
 * The shortcode's HTML.
 *
 * @param array|string $atts    Its attributes ('' when none).
 * @param string|null  $content What it encloses.
 */
function thamm_widgets_shortcode( $atts, $content = null ): string {
	$atts     = is_array( $atts ) ? $atts : array();
	$fallback = thamm_widgets_fallback( (string) $content );
	$cite     = thamm_widgets_cite( (string) ( $atts['src'] ?? '' ) );
	if ( null === $cite ) {
		return $fallback;
	}
	$attributes = array(
		'cite'  => $cite,
		'class' => 'thamm-embed',
	);
	$lang       = (string) ( $atts['lang'] ?? '' );
	if ( preg_match( '/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i', $lang ) ) {
		$attributes['lang'] = $lang;
		$base               = strtolower( strtok( $lang, '-' ) );
		if ( in_array( $base, THAMM_WIDGETS_RTL, true ) ) {
			$attributes['dir'] = 'rtl';
		}
	}
	if ( isset( $atts['dir'] ) && in_array( $atts['dir'], array( 'ltr', 'rtl', 'auto' ), true ) ) {
		$attributes['dir'] = $atts['dir'];
	}
	$attributes += thamm_widgets_data_attributes( $atts );

	$opening = '<blockquote';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$opening .= ' ' . $name;
			continue;
		}
		$escaped  = 'cite' === $name ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
		$opening .= ' ' . $name . '="' . $escaped . '"';
	}
	$lines = '' === $fallback ? array() : preg_split( '/\r\n|\r|\n/', $fallback );
	$body  = implode( '', array_map( static fn( $line ) => "\n  " . $line, $lines ) );
	return $opening . '>' . $body . "\n</blockquote>";
}
