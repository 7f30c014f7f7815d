<?php
/**
 * Settings → THAMM widgets: the allowed content origins.
 *
 * @package ThammWidgets
 */

defined( 'ABSPATH' ) || exit;

/** On `admin_menu`. */
function thamm_widgets_add_settings_page(): void {
	add_options_page(
		__( 'THAMM widgets', 'thamm-widgets' ),
		__( 'THAMM widgets', 'thamm-widgets' ),
		'manage_options',
		'thamm-widgets',
		'thamm_widgets_render_settings_page'
	);
}

/** The page: one field, saved through options.php (nonce and capability checked by WordPress). */
function thamm_widgets_render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$origins = (string) get_option( THAMM_WIDGETS_ORIGINS_OPTION, '' );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php settings_fields( 'thamm_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="thamm-widgets-origins"><?php esc_html_e( 'Allowed content origins', 'thamm-widgets' ); ?></label></th>
					<td>
						<textarea id="thamm-widgets-origins" name="<?php echo esc_attr( THAMM_WIDGETS_ORIGINS_OPTION ); ?>" rows="4" cols="50" class="large-text code" aria-describedby="thamm-widgets-origins-description"><?php echo esc_textarea( str_replace( ' ', "\n", $origins ) ); ?></textarea>
						<p class="description" id="thamm-widgets-origins-description">
							<?php esc_html_e( 'One origin per line, such as https://thamm.example: where the content bundles that posts cite are published. This site and the site the script comes from are always allowed. A blockquote citing any other origin stays as it is.', 'thamm-widgets' ); ?>
						</p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
