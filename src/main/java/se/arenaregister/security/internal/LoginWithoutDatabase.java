package se.arenaregister.security.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A login while the database is down. The login form's CSRF token lives in the session, and sessions live in
 * PostgreSQL: with the database gone the token was never stored, so the form's POST is refused as a forged request. The
 * user is told what is really wrong instead ({@code /login?unavailable}, "the register cannot reach its database"), the
 * same answer as a login whose account cannot be read. Every other refusal is Spring Security's 403 as before.
 */
final class LoginWithoutDatabase implements AccessDeniedHandler {

    private final ObjectProvider<DataSource> database;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    LoginWithoutDatabase(ObjectProvider<DataSource> database) {
        this.database = database;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                && !databaseAnswers()) {
            response.sendRedirect(request.getContextPath() + "/login?unavailable");
            return;
        }
        otherwise.handle(request, response, denied);
    }

    private boolean databaseAnswers() {
        DataSource dataSource = database.getIfAvailable();
        if (dataSource == null) {
            return true;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }
}
