package se.arenaregister.database;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The pool of the embedded or an external PostgreSQL is the application's data source through
 * {@link OutageAwareDataSource}: while the database is down, requests are answered at once instead of each waiting the
 * pool's connection timeout. {@code arenaregister.database.outage-hold=0s} turns it off.
 */
@Configuration(proxyBeanMethods = false)
class OutageHold {

    @Bean
    static BeanPostProcessor answerAtOnceWhileTheDatabaseIsDown(Environment environment) {
        Duration hold = Binder.get(environment).bind(OutageAwareDataSource.HOLD_PROPERTY, Duration.class)
                .orElse(OutageAwareDataSource.DEFAULT_HOLD);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof HikariDataSource pool && !hold.isZero() && !hold.isNegative()
                        ? new OutageAwareDataSource(pool, hold) : bean;
            }
        };
    }
}
