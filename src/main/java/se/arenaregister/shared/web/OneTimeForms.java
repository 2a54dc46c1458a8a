package se.arenaregister.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * A form posted twice makes one record. Every POST form the templates draw carries a fresh one-time token (added
 * next to the CSRF token, so no template has to remember it); the first POST with a token claims it, and any later
 * one with the same token (a double click, back and resubmit) is sent where the first one went, with a message
 * that it was saved once. A submission that was refused (the form came back with messages) releases its token.
 */
@Configuration(proxyBeanMethods = false)
class OneTimeForms implements WebMvcConfigurer {

    static final String PARAMETER = "_formToken";

    /** How long a second submission waits for the first one to finish before it is told to look again. */
    private static final long WAIT_MILLIS = 10_000;
    private static final String CLAIMED = OneTimeForms.class.getName() + ".claimed";
    private static final String NO_TOKEN = OneTimeForms.class.getName() + ".noToken";

    private final ObjectProvider<FormSubmissions> submissions;

    /** The store is absent only where a test slices the web layer off the database; there forms go unchecked. */
    OneTimeForms(ObjectProvider<FormSubmissions> submissions) {
        this.submissions = submissions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        submissions.ifAvailable(store -> registry.addInterceptor(new Interceptor(store)));
    }

    /** Wraps the CSRF data value processor that Spring Security registers, so both tokens go into every POST form. */
    @Bean
    static BeanPostProcessor oneTimeFormTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithFormToken)
                        ? new WithFormToken(processor) : bean;
            }
        };
    }

    private record WithFormToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            if ("post".equalsIgnoreCase(httpMethod)) {
                request.removeAttribute(NO_TOKEN);
            } else {
                request.setAttribute(NO_TOKEN, Boolean.TRUE);
            }
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> delegated = delegate.getExtraHiddenFields(request);
            if (delegated != null) {
                fields.putAll(delegated);
            }
            if (request.getAttribute(NO_TOKEN) == null) {
                fields.put(PARAMETER, UUID.randomUUID().toString());
            }
            return fields;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }

    private record Interceptor(FormSubmissions submissions) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
            Optional<UUID> token = token(request);
            if (token.isEmpty()) {
                return true;
            }
            String user = user(request);
            if (submissions.claim(token.get(), user)) {
                request.setAttribute(CLAIMED, token.get());
                return true;
            }
            Optional<String> outcome = awaitOutcome(token.get(), user);
            if (outcome.isPresent()) {
                FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
                flash.put("message", "form.alreadySubmitted");
                RequestContextUtils.saveOutputFlashMap(outcome.get(), request, response);
                response.sendRedirect(outcome.get());
            } else {
                response.sendError(HttpStatus.CONFLICT.value());
            }
            return false;
        }

        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
            if (!(request.getAttribute(CLAIMED) instanceof UUID token)) {
                return;
            }
            String location = response.getHeader("Location");
            if (ex == null && HttpStatus.valueOf(response.getStatus()).is3xxRedirection() && location != null) {
                submissions.completed(token, withinSite(location));
            } else {
                submissions.release(token);
            }
        }

        private Optional<String> awaitOutcome(UUID token, String user) throws InterruptedException {
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            Optional<String> outcome = submissions.outcome(token, user);
            while (outcome.isEmpty() && System.currentTimeMillis() < deadline) {
                // The first submission is still being handled (a double click): its answer comes within moments.
                Thread.sleep(100);
                outcome = submissions.outcome(token, user);
            }
            return outcome;
        }

        /** The path of a redirect, so that the second submission is sent within this site whatever its Host header says. */
        private static String withinSite(String location) {
            try {
                java.net.URI uri = java.net.URI.create(location);
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            } catch (IllegalArgumentException unparsable) {
                return "/";
            }
        }

        private static Optional<UUID> token(HttpServletRequest request) {
            if (!"POST".equals(request.getMethod())) {
                return Optional.empty();
            }
            String value = request.getParameter(PARAMETER);
            try {
                return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException notAToken) {
                return Optional.empty();
            }
        }

        private static String user(HttpServletRequest request) {
            return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
        }
    }
}
