package se.arenaregister.support;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, to prove list pages run a fixed number. The session store's own
 * statements (Spring Session reading, touching and writing the signed-in session, the same few on every request whatever
 * the page) are not the page's and are left out.
 */
public class StatementCounter {

    private final AtomicInteger count = new AtomicInteger();

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                        StatementCounter c = counter.getObject();
                        return ProxyDataSourceBuilder.create(dataSource)
                                .name("counting")
                                .afterQuery((execution, queries) -> c.count.addAndGet((int) queries.stream()
                                        .filter(query -> !query.getQuery().toLowerCase(java.util.Locale.ROOT).contains("security_session"))
                                        .count()))
                                .build();
                    }
                    return bean;
                }
            };
        }
    }
}
