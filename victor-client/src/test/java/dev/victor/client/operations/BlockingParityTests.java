package dev.victor.client.operations;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.VictorPaymentsClient;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocking client is derived from the reactive interface at build time; this proves
 * the result method for method: every reactive operation has its blocking twin with the
 * same parameters, a {@code Mono<T>} answering {@code T}, a paged {@code list...} a
 * {@code Stream<T>}, any other {@code Flux<T>} a {@code List<T>}, and nothing else is
 * public but the view's own {@code reactive()} and {@code maxWait(...)}.
 */
class BlockingParityTests {

	@Test
	void everyReactiveOperationHasItsBlockingTwin() throws NoSuchMethodException {
		List<Method> operations = operations();
		assertThat(operations).hasSizeGreaterThan(40);
		for (Method reactive : operations) {
			Method blocking = BlockingVictorPaymentsClient.class.getMethod(reactive.getName(),
					reactive.getParameterTypes());
			ParameterizedType publisher = (ParameterizedType) reactive.getGenericReturnType();
			Type element = publisher.getActualTypeArguments()[0];
			Type returned = blocking.getGenericReturnType();
			if (publisher.getRawType() == Mono.class) {
				assertThat(returned).as(reactive.getName()).isEqualTo(element);
			}
			else {
				assertThat(publisher.getRawType()).isEqualTo(Flux.class);
				ParameterizedType container = (ParameterizedType) returned;
				assertThat(container.getRawType()).as(reactive.getName())
					.isEqualTo(reactive.getName().startsWith("list") ? Stream.class : List.class);
				assertThat(container.getActualTypeArguments()).containsExactly(element);
			}
		}
	}

	@Test
	void theBlockingViewAddsNothingButItsOwnTwoMethods() {
		List<String> extra = Arrays.stream(BlockingVictorPaymentsClient.class.getMethods())
			.filter((method) -> method.getDeclaringClass() != Object.class)
			.map(Method::getName)
			.filter((name) -> operations().stream().noneMatch((operation) -> operation.getName().equals(name)))
			.distinct()
			.toList();
		assertThat(extra).containsExactlyInAnyOrder("reactive", "maxWait");
	}

	private static List<Method> operations() {
		return Arrays.stream(VictorPaymentsClient.class.getMethods())
			.filter((method) -> !Modifier.isStatic(method.getModifiers()) && !method.getName().equals("blocking"))
			.toList();
	}

}
