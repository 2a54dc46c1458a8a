package se.arenaregister.shared.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edge every request passes before anything reads it. Text that is not text stops here, so no query, page or
 * document further in meets it: control characters (NUL above all, which PostgreSQL cannot store; the others break
 * the XML inside DOCX and XLSX) are stripped from every parameter and form field, keeping tab and line breaks; a query
 * string or form that is not valid UTF-8 is refused with 400 and a message naming the field (problem+json for the API,
 * the error page otherwise).
 */
class InputEdgeFilter extends OncePerRequestFilter {

    /** Right after the character encoding filter (highest precedence), before security reads the login form. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** The request attribute naming the refused field, for the error page. */
    static final String INVALID_FIELD = InputEdgeFilter.class.getName() + ".invalidField";

    private static final String ERROR_PATH = "/error";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    InputEdgeFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** The error page for a refused request must not read the refused parameters again. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Map<String, String[]> parameters = request.getAttribute(INVALID_FIELD) == null ? parameters(request) : null;
            chain.doFilter(new CleanParameters(request, parameters == null ? Map.of() : parameters), response);
            return;
        }
        if (ERROR_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            // The error page is drawn for a failed request; asked for by its address it is a page that does not exist.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> badQueryField = firstInvalidUtf8Field(request.getQueryString());
        if (badQueryField.isPresent()) {
            refuse(request, response, badQueryField.get());
            return;
        }
        if (isMultipart(request)) {
            // Reading the parts here would pre-empt the upload size checks further in: clean them when read.
            chain.doFilter(new CleanParameters(request, null), response);
            return;
        }
        Map<String, String[]> parameters = parameters(request);
        if (parameters == null) {
            refuse(request, response, "");
            return;
        }
        chain.doFilter(new CleanParameters(request, parameters), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            request.setAttribute(INVALID_FIELD, field);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        FieldProblems.write(response, json, messages, locales.resolveLocale(request), field, "problem.notText");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The parameters with control characters stripped; null when the container could not decode them. */
    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return clean(request.getParameterMap());
        } catch (IllegalStateException undecodable) {
            return null;
        }
    }

    private static Map<String, String[]> clean(Map<String, String[]> raw) {
        Map<String, String[]> clean = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            String[] copy = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                copy[i] = stripControlCharacters(values[i]);
            }
            clean.put(stripControlCharacters(name), copy);
        });
        return Collections.unmodifiableMap(clean);
    }

    static String stripControlCharacters(String value) {
        if (value == null || value.chars().noneMatch(InputEdgeFilter::isStripped)) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.chars().filter(c -> !isStripped(c)).forEach(c -> clean.append((char) c));
        return clean.toString();
    }

    private static boolean isStripped(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }

    /** The name of the first query parameter whose percent-decoded bytes are not UTF-8. */
    static Optional<String> firstInvalidUtf8Field(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (!isUtf8(name) || !isUtf8(value)) {
                return Optional.of(isUtf8(name) ? decode(name) : "");
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String percentEncoded) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(percentDecode(percentEncoded)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(String percentEncoded) {
        return new String(percentDecode(percentEncoded), StandardCharsets.UTF_8);
    }

    private static byte[] percentDecode(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] literal = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(literal, 0, literal.length);
            }
        }
        return bytes.toByteArray();
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        /** @param parameters the cleaned parameters, or null to clean them when first read */
        CleanParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                parameters = clean(getRequest().getParameterMap());
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }
    }
}
