package se.arenaregister.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Swedish first, English second: the choice is made with {@code ?lang=en} and kept in a cookie ({@code HttpOnly},
 * {@code SameSite=Lax}, {@code Secure} on a secure request, a TLS-terminating proxy's included). Also the edge every
 * request passes ({@link InputEdgeFilter}) and the range every date must lie in ({@link SaneDates}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final String LANGUAGE_COOKIE = "arenaregister-lang";
    private static final Set<String> LANGUAGES = Set.of("sv", "en");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver();
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // A cookie someone edited ("!!") is ignored rather than failing every page.
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    @Bean
    FilterRegistrationBean<InputEdgeFilter> inputEdgeFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        FilterRegistrationBean<InputEdgeFilter> registration = new FilterRegistrationBean<>(new InputEdgeFilter(messages, locales, json));
        registration.setOrder(InputEdgeFilter.ORDER);
        return registration;
    }

    /** Links to static resources resolved once, links to pages not at all (see {@link ResourceLinkFilter}). */
    @Bean
    FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter> resourceLinkFilter() {
        // Typed as Boot's filter, so that Boot's @ConditionalOnMissingFilterBean sees it and registers none of its own.
        FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceLinkFilter());
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        SaneDates.register(registry);
    }

    /** The register speaks Swedish and English; any other language asked for (a cookie, {@code ?lang=xx}) is Swedish. */
    private static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super(LANGUAGE_COOKIE);
        }

        /** The cookie is {@code Secure} when the request is (CookieLocaleResolver can only mark it always or never). */
        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
            super.setLocaleContext(request, response == null || !request.isSecure() ? response : new SecureCookies(response), localeContext);
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext resolved = super.resolveLocaleContext(request);
            Locale locale = resolved.getLocale();
            return locale != null && LANGUAGES.contains(locale.getLanguage()) ? resolved : new SimpleLocaleContext(SWEDISH);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale locale = super.resolveLocale(request);
            return LANGUAGES.contains(locale.getLanguage()) ? locale : SWEDISH;
        }
    }

    /** Adds {@code Secure} to the language cookie the response sets. */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            boolean languageCookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null
                    && value.startsWith(LANGUAGE_COOKIE + "=");
            return languageCookie && !value.toLowerCase(Locale.ROOT).contains("; secure") ? value + "; Secure" : value;
        }
    }
}
