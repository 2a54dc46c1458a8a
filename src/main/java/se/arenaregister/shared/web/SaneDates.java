package se.arenaregister.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Every date a request carries (form fields, filters, API parameters) lies between {@link #EARLIEST} and
 * {@link #LATEST}. Java reads "+999999999-12-31" and "0000-01-01" as dates, PostgreSQL cannot hold the first and
 * nobody means either; outside the range a date is refused like a malformed one, as a field error or problem+json.
 */
final class SaneDates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private SaneDates() {
    }

    /** Registered after Spring's own date formatting, so these take precedence over it. */
    static void register(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new IsoDates());
        registry.addFormatterForFieldAnnotation(new Annotated());
    }

    static LocalDate checked(LocalDate date) throws ParseException {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new ParseException("Date outside " + EARLIEST + "–" + LATEST + ": " + date, 0);
        }
        return date;
    }

    private static final class IsoDates implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            return checked(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE));
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
    }

    /** {@code @DateTimeFormat} on a {@link LocalDate}: Spring's parsing, then the range. */
    private static final class Annotated implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory spring = new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return spring.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = spring.getParser(annotation, fieldType);
            return (text, locale) -> checked((LocalDate) parser.parse(text, locale));
        }
    }
}
