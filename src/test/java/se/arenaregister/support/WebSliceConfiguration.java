package se.arenaregister.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.mockito.Mockito;
import org.mockito.stubbing.Answer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.HomeOrganisation;

/**
 * What a {@code @WebMvcTest} slice of a form controller needs besides its mocked services: a clock (fixed at
 * {@link #TODAY}, so that dates a controller fills in are known), the home organisation, and who may edit what.
 */
@TestConfiguration
public class WebSliceConfiguration {

    /** The day the slices' clock stands still on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Bean
    Clock clock() {
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        return Clock.fixed(TODAY.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    @Bean
    HomeOrganisation homeOrganisation() {
        return new HomeOrganisation("Region Jämtland Härjedalen", "RJH", "RUN");
    }

    /**
     * Who may edit which area or arena, for the controllers and the templates ({@code @areaAccess}, {@code @arenaAccess}):
     * everyone everything, as a coordinator. What an area editor may do is the services' to refuse, tested with them.
     */
    @Bean("areaAccess")
    AreaAccess areaAccess() {
        return Mockito.mock(AreaAccess.class, MAY_DO_ALL);
    }

    @Bean("arenaAccess")
    ArenaAccess arenaAccess() {
        return Mockito.mock(ArenaAccess.class, MAY_DO_ALL);
    }

    @Bean("permissions")
    Permissions permissions() {
        return Mockito.mock(Permissions.class, MAY_DO_ALL);
    }

    private static final Answer<Object> MAY_DO_ALL = invocation -> invocation.getMethod().getReturnType() == boolean.class
            ? Boolean.TRUE : Mockito.RETURNS_DEFAULTS.answer(invocation);
}
