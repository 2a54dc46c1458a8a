package se.arenaregister.reminder.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender gets the mail server Spring Boot makes from {@code spring.mail.*}, or none while {@code spring.mail.host}
 * is unset: then reminders are still computed and shown to administrators, and nothing fails at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderConfiguration {

    @Bean
    ReminderSender reminderSender(ObjectProvider<JavaMailSender> mail, Outbox outbox, Recipients recipients, Preferences preferences,
                                  ReminderMails mails, ReminderProperties properties, PlatformTransactionManager transactions,
                                  Clock clock) {
        return new ReminderSender(mail.getIfAvailable(), outbox, recipients, preferences, mails, properties,
                new TransactionTemplate(transactions), clock);
    }
}
