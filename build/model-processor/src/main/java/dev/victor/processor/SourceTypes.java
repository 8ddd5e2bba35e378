package dev.victor.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Writes types into generated source by their simple names, collecting the imports they
 * need, the one way both processors render a type.
 */
final class SourceTypes {

	/** JSpecify's {@code @Nullable}, a type-use annotation. */
	static final String NULLABLE = "org.jspecify.annotations.Nullable";

	private final Set<String> imports;

	SourceTypes(Set<String> imports) {
		this.imports = imports;
	}

	/**
	 * Render a type, importing each declared type it names.
	 * @param type the type
	 * @param nullable whether to annotate it {@code @Nullable} (ignored for primitives),
	 * where Java puts a type-use annotation: before the simple name of a nested type
	 * ({@code Outer.@Nullable Inner}), before the brackets of an array
	 */
	String render(TypeMirror type, boolean nullable) {
		if (type.getKind().isPrimitive()) {
			return type.getKind().name().toLowerCase(Locale.ROOT);
		}
		String annotation = "";
		if (nullable) {
			this.imports.add(NULLABLE);
			annotation = "@Nullable ";
		}
		if (type instanceof ArrayType array) {
			return render(array.getComponentType(), false) + (nullable ? " " + annotation + "[]" : "[]");
		}
		if (type instanceof DeclaredType declared) {
			TypeElement element = (TypeElement) declared.asElement();
			Element outer = element.getEnclosingElement();
			String rendered;
			if (outer instanceof TypeElement enclosing) {
				this.imports.add(enclosing.getQualifiedName().toString());
				rendered = enclosing.getSimpleName() + "." + annotation + element.getSimpleName();
			}
			else {
				this.imports.add(element.getQualifiedName().toString());
				rendered = annotation + element.getSimpleName();
			}
			if (!declared.getTypeArguments().isEmpty()) {
				List<String> arguments = new ArrayList<>();
				declared.getTypeArguments().forEach((argument) -> arguments.add(render(argument, false)));
				rendered += "<" + String.join(", ", arguments) + ">";
			}
			return rendered;
		}
		return type.toString();
	}

	/**
	 * Import a type the generated code names itself.
	 * @param qualifiedName the type's qualified name
	 */
	void addImport(String qualifiedName) {
		this.imports.add(qualifiedName);
	}

	/**
	 * Return the import lines a generated file of a package needs.
	 * @param packageName the generated file's package
	 * @return the lines, sorted
	 */
	String importLines(String packageName) {
		StringBuilder lines = new StringBuilder();
		this.imports.stream()
			.sorted()
			.filter((type) -> !type.startsWith("java.lang.") || type.substring(10).contains("."))
			.filter((type) -> !type.substring(0, type.lastIndexOf('.')).equals(packageName))
			.forEach((type) -> lines.append("import ").append(type).append(";\n"));
		return lines.toString();
	}

	/**
	 * Write a generated source file: its package, the imports its types need, and the
	 * type's own source.
	 * @param filer the processing environment's filer
	 * @param packageName the file's package
	 * @param simpleName the type's simple name
	 * @param typeSource the type, from its javadoc to its closing brace
	 * @param origin the element it is generated from
	 */
	void writeFile(Filer filer, String packageName, String simpleName, CharSequence typeSource, Element origin) {
		try (Writer out = filer.createSourceFile(packageName + "." + simpleName, origin).openWriter()) {
			out.write("package " + packageName + ";\n\n" + importLines(packageName) + "\n");
			out.append(typeSource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
