package dev.victor.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Sets every logger to TRACE and captures what they print (instead of the console) until
 * closed, for secret scans.
 */
public final class TraceLogCapture implements AutoCloseable {

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	private final Level previousLevel;

	private final Appender<ILoggingEvent> console;

	public TraceLogCapture() {
		this.previousLevel = this.root.getLevel();
		this.console = this.root.getAppender("CONSOLE");
		this.root.detachAppender(this.console);
		this.root.setLevel(Level.TRACE);
		this.events.start();
		this.root.addAppender(this.events);
	}

	/**
	 * Return every captured line: formatted messages and stack traces.
	 * @return the texts
	 */
	public List<String> texts() {
		return textsExceptFrom();
	}

	/**
	 * Return the captured lines of every logger but those named, for example the test's
	 * own HTTP client, which logs the URLs it calls.
	 * @param loggerPrefixes prefixes of the logger names to leave out
	 * @return the texts
	 */
	public List<String> textsExceptFrom(String... loggerPrefixes) {
		return textsWhere((event) -> Arrays.stream(loggerPrefixes).noneMatch(event.getLoggerName()::startsWith));
	}

	/**
	 * Return the captured lines of the events that match.
	 * @param events which events
	 * @return the texts
	 */
	public List<String> textsWhere(Predicate<ILoggingEvent> events) {
		List<String> texts = new ArrayList<>();
		for (ILoggingEvent event : List.copyOf(this.events.list)) {
			if (!events.test(event)) {
				continue;
			}
			texts.add(event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		}
		return texts;
	}

	public int eventCount() {
		return this.events.list.size();
	}

	@Override
	public void close() {
		this.root.detachAppender(this.events);
		this.root.setLevel(this.previousLevel);
		if (this.console != null) {
			this.root.addAppender(this.console);
		}
	}

}
