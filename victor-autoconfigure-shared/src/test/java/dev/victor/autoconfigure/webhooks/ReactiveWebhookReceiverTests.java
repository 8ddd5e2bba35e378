package dev.victor.autoconfigure.webhooks;

import org.springframework.boot.WebApplicationType;

/**
 * The webhook endpoint on a WebFlux application.
 */
class ReactiveWebhookReceiverTests extends WebhookReceiverContract {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.REACTIVE;
	}

}
