package se.arenaregister;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ArenaRegisterApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArenaRegisterApplication.class, args);
    }
}
