package dev.victor.processor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Generates the builder of each model record annotated {@code @GeneratedBuilder}: a
 * top-level {@code <Record>Builder} in the record's package, with one fluent setter per
 * record component (named after it and documented with the record's own {@code @param}
 * text), every field starting empty ({@code null}), and {@code build()} calling the
 * canonical constructor, where the record checks and normalises its values. The builder
 * has no {@code toString()}: values such as account numbers are printed only by the
 * record, masked.
 */
@SupportedAnnotationTypes(ModelBuilderProcessor.ANNOTATION)
public class ModelBuilderProcessor extends RecordProcessor {

	static final String ANNOTATION = "dev.victor.client.model.GeneratedBuilder";

	@Override
	void write(TypeElement record) {
		String packageName = ((PackageElement) record.getEnclosingElement()).getQualifiedName().toString();
		String recordName = record.getSimpleName().toString();
		String builderName = recordName + "Builder";
		Map<String, String> docs = paramDocs(record);
		List<? extends RecordComponentElement> components = record.getRecordComponents();
		SourceTypes types = new SourceTypes(new TreeSet<>());
		StringBuilder source = new StringBuilder();
		source.append("/**\n * Builder for {@link ")
			.append(recordName)
			.append("}; setters are named after the record components, and\n * every value starts empty. ")
			.append("Generated from the record at build time.\n *\n * @since 0.1.0\n */\n");
		source.append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n");
		source.append("public final class ").append(builderName).append(" {\n\n");
		for (RecordComponentElement component : components) {
			source.append("\tprivate ")
				.append(types.render(component.asType(), true))
				.append(' ')
				.append(component.getSimpleName())
				.append(";\n\n");
		}
		source.append("\t").append(builderName).append("() {\n\t}\n\n");
		for (RecordComponentElement component : components) {
			String name = component.getSimpleName().toString();
			String doc = docs.getOrDefault(name, "the " + name);
			source.append("\t/**\n\t * Set {@code ")
				.append(name)
				.append("}.\n\t * @param ")
				.append(name)
				.append(' ')
				.append(doc.replace("\n", "\n\t * "))
				.append("\n\t * @return this builder\n\t */\n");
			source.append("\tpublic ")
				.append(builderName)
				.append(' ')
				.append(name)
				.append('(')
				.append(types.render(component.asType(), true))
				.append(' ')
				.append(name)
				.append(") {\n");
			source.append("\t\tthis.").append(name).append(" = ").append(name).append(";\n\t\treturn this;\n\t}\n\n");
		}
		source.append("\t/**\n\t * Build the ")
			.append(recordName)
			.append(", which checks and normalises its values.\n")
			.append("\t * @return a new immutable instance\n\t */\n");
		source.append("\tpublic ")
			.append(recordName)
			.append(" build() {\n\t\treturn new ")
			.append(recordName)
			.append('(');
		for (int i = 0; i < components.size(); i++) {
			source.append((i > 0) ? ", " : "").append("this.").append(components.get(i).getSimpleName());
		}
		source.append(");\n\t}\n\n}\n");
		types.writeFile(this.processingEnv.getFiler(), packageName, builderName, source, record);
	}

}
