package se.arenaregister.security.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.dao.DataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sessions' store in PostgreSQL, made to behave when PostgreSQL does not answer. Without this a request while the
 * database is down or the pool is exhausted failed in Spring Session's filter, outside every error page, with the
 * container's bare 500. Now a session that cannot be read ends the request at once with the 503 page (its layout drawn
 * for an anonymous visitor, as the session is not known) or, under {@code /api/}, problem+json; for the rest of that
 * request the store is not asked again (no second wait for the pool), a session that cannot be stored is not stored,
 * and the browser's session cookie is left as it was (neither replaced nor expired), so the user is still signed in
 * once the database answers again. Attributes are written with PostgreSQL's upsert (Spring Session's own customizer), so two
 * requests of one session at the same moment cannot clash on the attributes' primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    /** Set while a request met a session store that did not answer; cleared around every request. */
    private static final ThreadLocal<Boolean> UNAVAILABLE = new ThreadLocal<>();

    /**
     * Set for the health endpoints: they answer for themselves (readiness DOWN while the database is), so a session that
     * cannot be read is treated as absent there instead of ending the request.
     */
    private static final ThreadLocal<Boolean> LENIENT = new ThreadLocal<>();

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor sessionsSurviveAnOutage() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new OutageTolerant<>(jdbc, jdbc::cleanUpExpiredSessions) : bean;
            }
        };
    }

    /**
     * The session cookie (Boot's serializer, with the {@code server.servlet.session.cookie.*} settings) is neither set nor
     * expired in a request that met the store unanswering: the browser keeps the session it had.
     */
    @Bean
    static BeanPostProcessor sessionCookieKeptThroughAnOutage() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DefaultCookieSerializer cookies)) {
                    return bean;
                }
                return new CookieSerializer() {
                    @Override
                    public void writeCookieValue(CookieValue cookieValue) {
                        if (UNAVAILABLE.get() == null) {
                            cookies.writeCookieValue(cookieValue);
                        }
                    }

                    @Override
                    public List<String> readCookieValues(HttpServletRequest request) {
                        return cookies.readCookieValues(request);
                    }
                };
            }
        };
    }

    /**
     * Just outside Spring Session's filter, for each request as it arrives: the store counts as answering until it fails
     * (the mark is kept through the error page's dispatch, and cleared when the thread takes its next request); a session
     * that could not be read answers 503.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionStoreOutageScope(MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                UNAVAILABLE.remove();
                if (request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
                    LENIENT.set(Boolean.TRUE);
                } else {
                    LENIENT.remove();
                }
                try {
                    chain.doFilter(request, response);
                } catch (Unreadable e) {
                    if (response.isCommitted()) {
                        throw e;
                    }
                    response.resetBuffer();
                    response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        Locale locale = request.getLocale();
                        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                                messages.getMessage("problem.unavailable.detail", null, locale));
                        problem.setTitle(messages.getMessage("problem.unavailable.title", null, locale));
                        problem.setType(URI.create("urn:arenaregister:problem:unavailable"));
                        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        response.setCharacterEncoding("UTF-8");
                        json.writeValue(response.getOutputStream(), problem);
                    } else {
                        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                    }
                }
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** A session asked for by its cookie could not be read: the database does not answer. */
    static final class Unreadable extends RuntimeException {
        Unreadable(Throwable cause) {
            super("The session store does not answer", cause);
        }
    }

    /** Spring Session's JDBC repository, with reads and writes that fail for want of a database counted as absent. */
    static final class OutageTolerant<S extends Session> implements FindByIndexNameSessionRepository<S> {

        private final FindByIndexNameSessionRepository<S> store;
        private final Runnable cleanUp;

        OutageTolerant(FindByIndexNameSessionRepository<S> store, Runnable cleanUp) {
            this.store = store;
            this.cleanUp = cleanUp;
        }

        /** Deletes the expired sessions (the housekeeping job's, on one node at a time). */
        void cleanUpExpiredSessions() {
            cleanUp.run();
        }

        @Override
        public S createSession() {
            return store.createSession();
        }

        @Override
        public void save(S session) {
            if (UNAVAILABLE.get() != null) {
                return;
            }
            try {
                store.save(session);
            } catch (DataAccessException | TransactionException e) {
                unavailable("stored", e);
            }
        }

        @Override
        public S findById(String id) {
            if (UNAVAILABLE.get() != null) {
                return null;
            }
            try {
                return store.findById(id);
            } catch (DataAccessException | TransactionException e) {
                unavailable("read", e);
                if (LENIENT.get() != null) {
                    return null;
                }
                throw new Unreadable(e);
            }
        }

        @Override
        public void deleteById(String id) {
            if (UNAVAILABLE.get() != null) {
                return;
            }
            try {
                store.deleteById(id);
            } catch (DataAccessException | TransactionException e) {
                unavailable("deleted", e);
            }
        }

        @Override
        public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return store.findByIndexNameAndIndexValue(indexName, indexValue);
        }

        private static void unavailable(String what, RuntimeException e) {
            UNAVAILABLE.set(Boolean.TRUE);
            log.warn("A session could not be {}: the database does not answer ({})", what, e.getMessage());
        }
    }
}
