package dev.victor.client.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.ListFilter;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON warm-up list is kept beside the codec (so {@code json} need not depend on the
 * operations); this test derives it from the operations instead and fails when the two
 * drift: every model record a {@link VictorPaymentsClient} method sends or receives, and
 * no other.
 */
class WarmTypesTests {

	@Test
	void theWarmUpListHoldsEveryBodyTheOperationsSendOrReceive() {
		Set<Class<?>> bodies = new LinkedHashSet<>();
		for (Method method : VictorPaymentsClient.class.getMethods()) {
			if (Modifier.isStatic(method.getModifiers()) || method.getName().equals("blocking")) {
				continue;
			}
			collect(((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0], bodies);
			for (Class<?> parameter : method.getParameterTypes()) {
				collect(parameter, bodies);
			}
		}
		assertThat(VictorJson.warmTypes()).containsExactlyInAnyOrderElementsOf(bodies);
	}

	private static void collect(Type type, Set<Class<?>> bodies) {
		if (type instanceof ParameterizedType page && page.getRawType() == PagedResponse.class) {
			collect(page.getActualTypeArguments()[0], bodies);
		}
		else if (type instanceof Class<?> body && body.isRecord()
				&& body.getPackageName().equals(PagedRequest.class.getPackageName())
				&& !ListFilter.class.isAssignableFrom(body) && body != PagedRequest.class) {
			bodies.add(body);
		}
	}

}
