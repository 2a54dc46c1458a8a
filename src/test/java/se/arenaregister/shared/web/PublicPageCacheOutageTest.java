package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import se.arenaregister.shared.KeptFixtures;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * When the database does not answer, the public's page is not served from what is kept, nor lost: the filter cannot ask
 * whether a kept page still holds, so the page is drawn as any other, which answers as any page does while the database
 * is down (503 and its message, {@code DurabilityAfterKillTest}). A page that failed while drawn is not drawn twice.
 */
class PublicPageCacheOutageTest {

    @Test
    void withTheDatabaseDownThePageIsDrawnOnceAsAnyOther() throws Exception {
        PublicPageCache filter = filterOver(downDatabase());
        AtomicInteger drawn = new AtomicInteger();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/arenas"), response, (req, res) -> {
            drawn.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(503);
            res.getWriter().write("Databasen svarar inte");
        });
        assertThat(drawn).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).isEqualTo("Databasen svarar inte");
    }

    @Test
    void aPageThatFailedWhileDrawnIsNotDrawnAgain() throws Exception {
        PublicPageCache filter = filterOver(answeringNothingButTheSnapshot());
        AtomicInteger drawn = new AtomicInteger();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/arenas"), new MockHttpServletResponse(), (req, res) -> {
            drawn.incrementAndGet();
            throw new IllegalStateException("the template failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the template failed");
        assertThat(drawn).hasValue(1);
    }

    private static PublicPageCache filterOver(JdbcClient jdbc) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("changes", KeptFixtures.over(jdbc, new StaticListableBeanFactory().getBeanProvider(
                io.micrometer.core.instrument.MeterRegistry.class)));
        beans.addBean("locales", new FixedLocaleResolver(java.util.Locale.forLanguageTag("sv")));
        beans.addBean("clock", Clock.systemUTC());
        ObjectProvider<UntilRegisterChanges> changes = beans.getBeanProvider(UntilRegisterChanges.class);
        ObjectProvider<LocaleResolver> locales = beans.getBeanProvider(LocaleResolver.class);
        ObjectProvider<Clock> clock = beans.getBeanProvider(Clock.class);
        return new PublicPageCache(changes, locales, clock, "JSESSIONID", DataSize.ofMegabytes(1));
    }

    private static JdbcClient downDatabase() throws SQLException {
        DataSource down = Mockito.mock(DataSource.class);
        Mockito.when(down.getConnection()).thenThrow(new SQLException("Connection refused", "08001"));
        return JdbcClient.create(down);
    }

    /** A database that gives the snapshot, so that the page is drawn inside the cache's computation. */
    private static JdbcClient answeringNothingButTheSnapshot() {
        JdbcClient jdbc = Mockito.mock(JdbcClient.class, Mockito.RETURNS_DEEP_STUBS);
        Mockito.when(jdbc.sql(Mockito.anyString()).query(String.class).optional()).thenReturn(java.util.Optional.of("1:1:"));
        return jdbc;
    }
}
