package dev.victor.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Base of the processors that write a source file for each model record carrying their
 * annotation: the round loop, the check that the annotation is on a record, and the
 * record's {@code @param} texts for the javadoc of what they write.
 */
abstract class RecordProcessor extends AbstractProcessor {

	private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*@|\\z)", Pattern.DOTALL);

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		for (TypeElement annotation : annotations) {
			for (Element element : round.getElementsAnnotatedWith(annotation)) {
				if (element.getKind() != ElementKind.RECORD) {
					this.processingEnv.getMessager()
						.printMessage(Diagnostic.Kind.ERROR, "@" + annotation.getSimpleName() + " goes on records only",
								element);
					continue;
				}
				write((TypeElement) element);
			}
		}
		return true;
	}

	/**
	 * Write the source file for one annotated record.
	 * @param record the record
	 */
	abstract void write(TypeElement record);

	/**
	 * Return the {@code @param} texts of a record's javadoc, by component name.
	 * @param record the record
	 * @return the texts, one line break kept per wrapped line
	 */
	Map<String, String> paramDocs(TypeElement record) {
		return paramDocs(this.processingEnv.getElementUtils().getDocComment(record));
	}

	/**
	 * Return the {@code @param} texts of a javadoc comment, by parameter name.
	 */
	static Map<String, String> paramDocs(String comment) {
		Map<String, String> docs = new LinkedHashMap<>();
		if (comment != null) {
			Matcher param = PARAM.matcher(comment);
			while (param.find()) {
				docs.put(param.group(1), param.group(2).strip().replaceAll("\\s*\\n\\s*", "\n"));
			}
		}
		return docs;
	}

}
