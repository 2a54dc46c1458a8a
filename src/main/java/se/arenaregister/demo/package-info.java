/**
 * Demo content: the register described by memo RUN/78/2022, read from
 * {@code classpath:demo/register.yml} and loaded on first start of an empty database through the
 * same services and validation as user edits. Uses catalog and arena.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package se.arenaregister.demo;
