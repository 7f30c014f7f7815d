<?php
/**
 * Deleting the plugin removes its option (on every site of a network).
 *
 * @package ThammWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $thamm_widgets_site ) {
		switch_to_blog( $thamm_widgets_site );
		delete_option( 'thamm_widgets_origins' );
		restore_current_blog();
	}
} else {
	delete_option( 'thamm_widgets_origins' );
}
