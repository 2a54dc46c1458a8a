package se.arenaregister.reminder.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.arenaregister.shared.OnceAcrossNodes;

/**
 * The schedules: sending every {@code arenaregister.reminders.send-interval} (5 minutes), computing what is due each
 * day ({@code compute-cron}, 06:00), the digest on Monday mornings ({@code digest-cron}, 07:00), in
 * {@code arenaregister.reminders.zone}. With several application nodes each job runs on one of them at a time
 * ({@link OnceAcrossNodes}); the outbox would make each reminder go once anyway (the sender claims rows with
 * {@code FOR UPDATE SKIP LOCKED}, computing and the digest add only what is not there yet). Off with
 * {@code arenaregister.reminders.scheduling=false} (the tests call the jobs themselves).
 */
@Component
@ConditionalOnProperty(name = "arenaregister.reminders.scheduling", havingValue = "true", matchIfMissing = true)
class ReminderJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobs.class);

    private final ReminderPlanner planner;
    private final ReminderSender sender;
    private final Clock clock;
    private final OnceAcrossNodes once;

    ReminderJobs(ReminderPlanner planner, ReminderSender sender, Clock clock, OnceAcrossNodes once) {
        this.planner = planner;
        this.sender = sender;
        this.clock = clock;
        this.once = once;
    }

    @Scheduled(fixedDelayString = "${arenaregister.reminders.send-interval:5m}", initialDelayString = "${arenaregister.reminders.send-interval:5m}")
    void send() {
        once.run("reminders.send", () -> {
            int sent = sender.sendDue();
            if (sent > 0) {
                LOG.info("{} reminder(s) sent", sent);
            }
        });
    }

    @Scheduled(cron = "${arenaregister.reminders.compute-cron:0 0 6 * * *}", zone = "${arenaregister.reminders.zone:Europe/Stockholm}")
    void compute() {
        once.run("reminders.compute", () -> LOG.info("{} new reminder(s) due", planner.compute(LocalDate.now(clock))));
    }

    @Scheduled(cron = "${arenaregister.reminders.digest-cron:0 0 7 * * MON}", zone = "${arenaregister.reminders.zone:Europe/Stockholm}")
    void digest() {
        once.run("reminders.digest", () -> LOG.info("{} weekly digest(s) to send", planner.digest(LocalDate.now(clock))));
    }
}
