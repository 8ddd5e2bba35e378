package dev.victor.client.http;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * How far one attempt got, shared through the Reactor context between the filter that
 * bounds the attempt ({@link ErrorTranslationFilter}, through {@link AttemptDeadline})
 * and the one that may hold it back before anything is sent ({@link AuthorizationFilter},
 * waiting for a token). An attempt is taken as possibly sent unless it is known to be
 * still waiting.
 */
final class AttemptProgress {

	private static final Class<AttemptProgress> KEY = AttemptProgress.class;

	private volatile boolean waitingForToken;

	/**
	 * Put a fresh progress in the context of an attempt.
	 */
	Context into(Context context) {
		return context.put(KEY, this);
	}

	static void waitingForToken(ContextView context, boolean waiting) {
		context.<AttemptProgress>getOrEmpty(KEY).ifPresent((progress) -> progress.waitingForToken = waiting);
	}

	boolean mayHaveBeenSent() {
		return !this.waitingForToken;
	}

}
