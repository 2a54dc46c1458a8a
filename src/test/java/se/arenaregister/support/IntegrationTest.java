package se.arenaregister.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the embedded PostgreSQL and the demo data. Every test
 * class with this annotation shares one application context (and one database), so tests that
 * change data use names of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({StatementCounter.Configuration.class, PeopleFixtures.class, MockMvcDrawsPagesAnew.class})
public @interface IntegrationTest {

    String ADMIN = "admin";
    String ADMIN_PASSWORD = "register-test-passphrase-42";
}
