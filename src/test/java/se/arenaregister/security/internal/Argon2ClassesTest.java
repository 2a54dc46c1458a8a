package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import org.apache.commons.logging.LogFactory;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.util.StringUtils;

/**
 * The runnable jar carries only the Bouncy Castle classes the pom's {@code bouncycastle.argon2-classes} names (not all
 * of bcprov's 8.5 MB). With those alone, Spring Security's Argon2 encoder must hash a password, check it, and check a
 * hash made with all of Bouncy Castle, as a stored account's is. The classes are loaded here by a class loader that
 * sees nothing of bcprov but them: a class the encoder needs and the list lacks fails this test with
 * {@code NoClassDefFoundError}, as it would fail every login of the deployed jar.
 */
class Argon2ClassesTest {

    private static final String PASSWORD = "korrekt häst batteri häftklammer";

    static JarFile bouncyCastle;
    static Loader loader;

    @BeforeAll
    static void loadTheListedClassesOnly() throws Exception {
        String listed = System.getProperty("bouncycastle.argon2-classes");
        assertThat(listed).as("the pom passes bouncycastle.argon2-classes to the tests").isNotBlank();
        Predicate<String> included = antPatterns(listed);
        bouncyCastle = new JarFile(jarOf(Argon2BytesGenerator.class).toFile());
        assertThat(bouncyCastle.getName()).contains("bcprov");
        loader = new Loader(bouncyCastle, included,
                new java.net.URL[] {jarOf(Argon2PasswordEncoder.class).toUri().toURL(), jarOf(LogFactory.class).toUri().toURL(),
                        jarOf(StringUtils.class).toUri().toURL()});
    }

    @AfterAll
    static void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
        if (bouncyCastle != null) {
            bouncyCastle.close();
        }
    }

    @Test
    void theListedClassesHashAndCheckAPassword() throws Exception {
        Object encoder = encoder();
        String hash = (String) encoder.getClass().getMethod("encode", CharSequence.class).invoke(encoder, PASSWORD);

        assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(matches(encoder, PASSWORD, hash)).isTrue();
        assertThat(matches(encoder, PASSWORD + "!", hash)).isFalse();
        assertThat(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().matches(PASSWORD, hash))
                .as("all of Bouncy Castle reads the hash the listed classes made").isTrue();
        assertThat(loader.served).as("the Argon2 classes came from the list, not from the test's class path")
                .contains("org/bouncycastle/crypto/generators/Argon2BytesGenerator.class");
    }

    @Test
    void theListedClassesCheckAHashMadeWithAllOfBouncyCastle() throws Exception {
        String stored = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        Object encoder = encoder();

        assertThat(matches(encoder, PASSWORD, stored)).isTrue();
        assertThat(encoder.getClass().getMethod("upgradeEncoding", String.class).invoke(encoder, stored)).isEqualTo(false);
    }

    @Test
    void aClassOffTheListIsNotThere() {
        assertThatThrownBy(() -> loader.loadClass("org.bouncycastle.crypto.engines.AESEngine"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    private static Object encoder() throws Exception {
        Class<?> type = loader.loadClass(Argon2PasswordEncoder.class.getName());
        assertThat(type.getClassLoader()).isSameAs(loader);
        return type.getMethod("defaultsForSpringSecurity_v5_8").invoke(null);
    }

    private static boolean matches(Object encoder, String password, String hash) throws Exception {
        Method matches = encoder.getClass().getMethod("matches", CharSequence.class, String.class);
        return (Boolean) matches.invoke(encoder, password, hash);
    }

    /** {@code a/b/*.class,a/C*.class}: Ant's single-directory patterns, as the dependency plugin reads them. */
    static Predicate<String> antPatterns(String list) {
        List<Pattern> patterns = Arrays.stream(list.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> Pattern.compile(Arrays.stream(p.split("\\*", -1)).map(Pattern::quote)
                        .reduce((a, b) -> a + "[^/]*" + b).orElseThrow()))
                .toList();
        return name -> patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /**
     * The jar a class comes from. Not its code source: once the jar has been packaged, the listed Bouncy Castle classes
     * are in {@code target/classes} too, ahead of bcprov on the class path.
     */
    static Path jarOf(Class<?> type) throws IOException, URISyntaxException {
        String resource = type.getName().replace('.', '/') + ".class";
        for (java.net.URL found : java.util.Collections.list(Argon2ClassesTest.class.getClassLoader().getResources(resource))) {
            if ("jar".equals(found.getProtocol())) {
                String file = found.getPath().substring(0, found.getPath().indexOf("!/"));
                return Path.of(new java.net.URI(file));
            }
        }
        throw new IllegalStateException("no jar holds " + resource);
    }

    /**
     * Spring Security's crypto, commons-logging and Spring's core from their jars, Bouncy Castle only as listed; the
     * JDK from the platform loader. Nothing comes from the test's class path.
     */
    static final class Loader extends java.net.URLClassLoader {

        final JarFile bouncyCastle;
        final Predicate<String> included;
        final java.util.Set<String> served = ConcurrentHashMap.newKeySet();

        Loader(JarFile bouncyCastle, Predicate<String> included, java.net.URL[] others) {
            super(others, ClassLoader.getPlatformClassLoader());
            this.bouncyCastle = bouncyCastle;
            this.included = included;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!name.startsWith("org.bouncycastle.")) {
                return super.findClass(name);
            }
            String entry = name.replace('.', '/') + ".class";
            ZipEntry found = included.test(entry) ? bouncyCastle.getEntry(entry) : null;
            if (found == null) {
                throw new ClassNotFoundException(name + " (not in bouncycastle.argon2-classes)");
            }
            try (InputStream in = bouncyCastle.getInputStream(found)) {
                byte[] bytes = in.readAllBytes();
                served.add(entry);
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
