package dev.victor.autoconfigure.webhooks;

import org.springframework.boot.WebApplicationType;

/**
 * The webhook endpoint on a Spring MVC (servlet) application.
 */
class ServletWebhookReceiverTests extends WebhookReceiverContract {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.SERVLET;
	}

}
