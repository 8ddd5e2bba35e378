package dev.victor.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Derives the blocking client from the reactive interface, so the two cannot drift: for
 * the support class annotated {@code @GeneratedBlockingView} (which holds the waiting
 * logic), it generates the public final class the annotation names, extending the support
 * class, with its constructors, a delegate for each of its public static methods, and one
 * method per method of the reactive interface that {@code reactive()} returns (static
 * methods and {@code blocking()} aside), documented with the interface's own javadoc. A
 * {@code Mono<T>} becomes {@code T} ({@code await}), a {@code Flux<T>} named
 * {@code list...} a lazily paged {@code Stream<T>} ({@code stream}), any other
 * {@code Flux<T>} a {@code List<T>} ({@code list}).
 */
@SupportedAnnotationTypes(BlockingViewProcessor.ANNOTATION)
public class BlockingViewProcessor extends AbstractProcessor {

	static final String ANNOTATION = "dev.victor.client.GeneratedBlockingView";

	private static final String MONO = "reactor.core.publisher.Mono";

	private static final String FLUX = "reactor.core.publisher.Flux";

	private static final String LAZY_STREAM = ", fetched lazily; close the stream when stopping early";

	/** Support classes waiting for a later round, with the name of their view. */
	private final Map<String, String> deferred = new LinkedHashMap<>();

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		Map<String, String> ready = new LinkedHashMap<>(this.deferred);
		this.deferred.clear();
		for (TypeElement annotation : annotations) {
			for (Element element : round.getElementsAnnotatedWith(annotation)) {
				String name = element.getAnnotationMirrors()
					.stream()
					.filter((mirror) -> mirror.getAnnotationType().asElement().equals(annotation))
					.flatMap((mirror) -> mirror.getElementValues().values().stream())
					.map((value) -> value.getValue().toString())
					.findFirst()
					.orElse(null);
				if (element.getKind() != ElementKind.CLASS || name == null) {
					this.processingEnv.getMessager()
						.printMessage(Diagnostic.Kind.ERROR,
								"@GeneratedBlockingView(\"Name\") goes on the support class", element);
					continue;
				}
				ready.put(((TypeElement) element).getQualifiedName().toString(), name);
			}
		}
		ready.forEach((supportName, className) -> {
			TypeElement support = this.processingEnv.getElementUtils().getTypeElement(supportName);
			if (!round.processingOver() && namesTypesNotYetGenerated(reactiveType(support), className)) {
				// a model type generated in this round (a record's twin) exists from the
				// next
				this.deferred.put(supportName, className);
			}
			else {
				write(support, className);
			}
		});
		return true;
	}

	private static TypeElement reactiveType(TypeElement support) {
		ExecutableElement reactive = ElementFilter.methodsIn(support.getEnclosedElements())
			.stream()
			.filter((method) -> method.getSimpleName().contentEquals("reactive") && method.getParameters().isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The support class needs a reactive() method"));
		return (TypeElement) ((DeclaredType) reactive.getReturnType()).asElement();
	}

	/**
	 * Tell whether the reactive interface names a type that does not exist yet, other
	 * than the view this processor is about to write.
	 */
	private static boolean namesTypesNotYetGenerated(TypeElement reactiveType, String view) {
		for (ExecutableElement method : ElementFilter.methodsIn(reactiveType.getEnclosedElements())) {
			if (isUnresolved(method.getReturnType(), view) || method.getParameters()
				.stream()
				.anyMatch((parameter) -> isUnresolved(parameter.asType(), view))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnresolved(TypeMirror type, String view) {
		if (type.getKind() == TypeKind.ERROR) {
			String name = type.toString();
			return !name.equals(view) && !name.endsWith("." + view);
		}
		return type instanceof DeclaredType declared
				&& declared.getTypeArguments().stream().anyMatch((argument) -> isUnresolved(argument, view));
	}

	private void write(TypeElement support, String className) {
		String packageName = ((PackageElement) support.getEnclosingElement()).getQualifiedName().toString();
		TypeElement reactiveType = reactiveType(support);
		SourceTypes types = new SourceTypes(new TreeSet<>());
		StringBuilder body = new StringBuilder();
		for (ExecutableElement constructor : ElementFilter.constructorsIn(support.getEnclosedElements())) {
			body.append(javadoc(constructor, "\t", false));
			body.append("\tpublic ")
				.append(className)
				.append('(')
				.append(parameters(constructor, types))
				.append(") {\n");
			body.append("\t\tsuper(").append(arguments(constructor)).append(");\n\t}\n\n");
		}
		for (ExecutableElement method : ElementFilter.methodsIn(support.getEnclosedElements())) {
			if (method.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC))) {
				// a static method of a package-private class is not reachable through its
				// public subclass: delegate to it
				body.append(javadoc(method, "\t", false));
				body.append("\tpublic static ")
					.append(types.render(method.getReturnType(), false))
					.append(' ')
					.append(method.getSimpleName())
					.append('(')
					.append(parameters(method, types))
					.append(") {\n");
				body.append("\t\treturn ")
					.append(support.getSimpleName())
					.append('.')
					.append(method.getSimpleName())
					.append('(')
					.append(arguments(method))
					.append(");\n\t}\n\n");
			}
		}
		for (ExecutableElement method : ElementFilter.methodsIn(reactiveType.getEnclosedElements())) {
			if (method.getModifiers().contains(Modifier.STATIC) || method.getSimpleName().contentEquals("blocking")) {
				continue;
			}
			body.append(blockingMethod(method, types));
		}
		StringBuilder source = new StringBuilder(javadoc(support, "", false));
		source.append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n");
		source.append("public final class ")
			.append(className)
			.append(" extends ")
			.append(support.getSimpleName())
			.append(" {\n\n")
			.append(body)
			.append("}\n");
		types.writeFile(this.processingEnv.getFiler(), packageName, className, source, support);
	}

	private String blockingMethod(ExecutableElement method, SourceTypes types) {
		DeclaredType returned = (DeclaredType) method.getReturnType();
		String publisher = ((TypeElement) returned.asElement()).getQualifiedName().toString();
		TypeMirror element = returned.getTypeArguments().get(0);
		String name = method.getSimpleName().toString();
		String type;
		String adapter;
		boolean lazy = false;
		if (publisher.equals(MONO)) {
			type = types.render(element, false);
			adapter = "await";
		}
		else if (publisher.equals(FLUX) && name.startsWith("list")) {
			types.addImport("java.util.stream.Stream");
			type = "Stream<" + types.render(element, false) + ">";
			adapter = "stream";
			lazy = true;
		}
		else if (publisher.equals(FLUX)) {
			types.addImport("java.util.List");
			type = "List<" + types.render(element, false) + ">";
			adapter = "list";
		}
		else {
			throw new IllegalStateException(name + " returns neither Mono nor Flux");
		}
		return javadoc(method, "\t", lazy) + "\tpublic " + type + ' ' + name + '(' + parameters(method, types)
				+ ") {\n\t\treturn " + adapter + "(reactive()." + name + '(' + arguments(method) + "));\n\t}\n\n";
	}

	private String parameters(ExecutableElement executable, SourceTypes types) {
		List<String> parameters = new ArrayList<>();
		for (VariableElement parameter : executable.getParameters()) {
			boolean nullable = parameter.asType()
				.getAnnotationMirrors()
				.stream()
				.anyMatch((mirror) -> mirror.getAnnotationType().toString().endsWith(".Nullable"));
			parameters.add(types.render(parameter.asType(), nullable) + ' ' + parameter.getSimpleName());
		}
		return String.join(", ", parameters);
	}

	private static String arguments(ExecutableElement executable) {
		List<String> arguments = new ArrayList<>();
		executable.getParameters().forEach((parameter) -> arguments.add(parameter.getSimpleName().toString()));
		return String.join(", ", arguments);
	}

	/**
	 * Return an element's javadoc as a comment, the {@code @return} of a lazily paged
	 * stream extended to say so.
	 */
	private String javadoc(Element element, String indent, boolean lazyStream) {
		String comment = this.processingEnv.getElementUtils().getDocComment(element);
		if (comment == null) {
			return "";
		}
		String text = comment.stripTrailing();
		if (lazyStream) {
			text = text.replaceFirst("(@return [^@]*?)(\\s*)(\\n\\s*@|$)", "$1" + LAZY_STREAM + "$2$3");
		}
		StringBuilder doc = new StringBuilder(indent).append("/**\n");
		for (String line : text.split("\n", -1)) {
			String content = line.startsWith(" ") ? line.substring(1) : line;
			doc.append(indent).append(content.isEmpty() ? " *" : " * " + content).append('\n');
		}
		return doc.append(indent).append(" */\n").toString();
	}

}
