package dev.victor.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Generates the twin of each model record annotated {@code @GeneratedTwin}: where
 * Victor's API names two types for one shape, the second is a record of the name the
 * annotation gives, beside the first, with the same components (types, nullness and
 * Jackson annotations), the same type annotations (so {@code @GeneratedBuilder} gives it
 * a builder too), its own javadoc summary and the first's {@code @param} texts. Its
 * compact constructor passes its values through the first record's canonical constructor,
 * so it checks and normalises them exactly as the first does, and its {@code toString()}
 * masks sensitive values as every model record does.
 */
@SupportedAnnotationTypes(TwinRecordProcessor.ANNOTATION)
public class TwinRecordProcessor extends RecordProcessor {

	static final String ANNOTATION = "dev.victor.client.model.GeneratedTwin";

	@Override
	void write(TypeElement original) {
		write(original, twinSpec(original));
	}

	private void write(TypeElement original, Map<String, String> spec) {
		String packageName = ((PackageElement) original.getEnclosingElement()).getQualifiedName().toString();
		String originalName = original.getSimpleName().toString();
		String twinName = spec.get("name");
		Map<String, String> docs = paramDocs(original);
		List<? extends RecordComponentElement> components = original.getRecordComponents();
		SourceTypes types = new SourceTypes(new TreeSet<>());
		StringBuilder source = new StringBuilder("/**\n * ").append(spec.get("summary").replace("\n", "\n * "))
			.append("\n *\n");
		for (RecordComponentElement component : components) {
			String name = component.getSimpleName().toString();
			source.append(" * @param ")
				.append(name)
				.append(' ')
				.append(docs.getOrDefault(name, "the " + name).replace("\n", "\n * "))
				.append('\n');
		}
		source.append(" * @since 0.1.0\n */\n");
		source.append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n");
		for (AnnotationMirror annotation : original.getAnnotationMirrors()) {
			if (!annotation.getAnnotationType().toString().equals(ANNOTATION)) {
				source.append(render(annotation)).append('\n');
			}
		}
		source.append("public record ").append(twinName).append('(');
		List<String> declarations = new ArrayList<>();
		for (RecordComponentElement component : components) {
			StringBuilder declaration = new StringBuilder();
			declarationAnnotations(original, component).forEach((text) -> declaration.append(text).append(' '));
			TypeMirror type = component.asType();
			declaration.append(types.render(type, isNullable(type))).append(' ').append(component.getSimpleName());
			declarations.add(declaration.toString());
		}
		source.append(String.join(", ", declarations)).append(") {\n\n");
		source.append("\t/**\n\t * Check and normalise the values as {@link ")
			.append(originalName)
			.append("} does.\n\t */\n\tpublic ")
			.append(twinName)
			.append(" {\n\t\t")
			.append(originalName)
			.append(" same = new ")
			.append(originalName)
			.append('(');
		source.append(String.join(", ", components.stream().map((c) -> c.getSimpleName().toString()).toList()))
			.append(");\n");
		for (RecordComponentElement component : components) {
			String name = component.getSimpleName().toString();
			source.append("\t\t").append(name).append(" = same.").append(name).append("();\n");
		}
		source.append("\t}\n\n");
		source.append("\t@Override\n\tpublic String toString() {\n")
			.append("\t\treturn SensitiveFields.toString(this);\n\t}\n\n");
		source.append("\t/** Return a new builder of {@code ")
			.append(twinName)
			.append("}. */\n\tpublic static ")
			.append(twinName)
			.append("Builder builder() {\n\t\treturn new ")
			.append(twinName)
			.append("Builder();\n\t}\n\n}\n");
		types.writeFile(this.processingEnv.getFiler(), packageName, twinName, source, original);
	}

	/**
	 * The declaration annotations written on a record component, in their order, as Java
	 * propagated them to its field, accessor and constructor parameter (type-use
	 * annotations, such as {@code @Nullable}, travel with the type instead).
	 */
	private static List<String> declarationAnnotations(TypeElement record, RecordComponentElement component) {
		Map<String, String> found = new LinkedHashMap<>();
		List<Element> carriers = new ArrayList<>();
		carriers.add(component);
		carriers.add(component.getAccessor());
		for (Element member : record.getEnclosedElements()) {
			if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
				carriers.add(member);
			}
			if (member.getKind() == ElementKind.CONSTRUCTOR) {
				for (VariableElement parameter : ((ExecutableElement) member).getParameters()) {
					if (parameter.getSimpleName().equals(component.getSimpleName())) {
						carriers.add(parameter);
					}
				}
			}
		}
		for (Element carrier : carriers) {
			for (AnnotationMirror annotation : carrier.getAnnotationMirrors()) {
				found.putIfAbsent(annotation.getAnnotationType().toString(), render(annotation));
			}
		}
		return new ArrayList<>(found.values());
	}

	/**
	 * Render an annotation as source, every name qualified (javac's own
	 * {@code toString()} leaves enum constants unqualified).
	 */
	private static String render(AnnotationMirror annotation) {
		String type = "@" + annotation.getAnnotationType();
		if (annotation.getElementValues().isEmpty()) {
			return type;
		}
		List<String> values = new ArrayList<>();
		annotation.getElementValues()
			.forEach((element, value) -> values.add(element.getSimpleName() + " = " + render(value)));
		return type + "(" + String.join(", ", values) + ")";
	}

	private static String render(AnnotationValue value) {
		Object content = value.getValue();
		if (content instanceof VariableElement constant) {
			return ((TypeElement) constant.getEnclosingElement()).getQualifiedName() + "." + constant.getSimpleName();
		}
		if (content instanceof AnnotationMirror nested) {
			return render(nested);
		}
		if (content instanceof List<?> items) {
			List<String> rendered = new ArrayList<>();
			items.forEach((item) -> rendered.add(render((AnnotationValue) item)));
			return "{ " + String.join(", ", rendered) + " }";
		}
		return value.toString();
	}

	private static boolean isNullable(TypeMirror type) {
		return type.getAnnotationMirrors()
			.stream()
			.anyMatch((annotation) -> annotation.getAnnotationType().toString().equals(SourceTypes.NULLABLE));
	}

	private static Map<String, String> twinSpec(Element element) {
		Map<String, String> spec = new LinkedHashMap<>();
		for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
			if (annotation.getAnnotationType().toString().equals(ANNOTATION)) {
				for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : annotation
					.getElementValues()
					.entrySet()) {
					spec.put(value.getKey().getSimpleName().toString(), (String) value.getValue().getValue());
				}
			}
		}
		return spec;
	}

}
