package se.arenaregister.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.PasswordForm;
import se.arenaregister.security.internal.UserAccount;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.security.internal.UserForm;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.WebSliceConfiguration;

/**
 * The account forms and the own-password page alone: which view, which field errors, where it redirects. The
 * administration is mocked. The account role is taken from {@link NewUserForm#empty()} (an editor) rather than named,
 * and the roles compared through it, so that the test does not depend on the role enum's name.
 */
@WebMvcTest(UserController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser(username = "admin", roles = "ADMIN")
class UserControllerTest {

    /** The slice has no security filter chain to put the mock user on the request, so the handlers get it directly. */
    static final UsernamePasswordAuthenticationToken ADMIN = UsernamePasswordAuthenticationToken.authenticated("admin", "", List.of());
    static final String NEW_PASSWORD = "ett långt lösenord";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UserAdministration users;

    UserAccount bo;

    @BeforeEach
    void accounts() {
        bo = new UserAccount(8L, "bo", "Bo Berg", NewUserForm.empty().roles(), java.util.List.of(), true, Instant.parse("2025-01-01T00:00:00Z"), 2L);
        given(users.get(8L)).willReturn(bo);
    }

    @Test
    void showsAnEmptyNewUserFormWithTheRolesAndTheMinimumLength() throws Exception {
        mvc.perform(get("/users/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attribute("form", NewUserForm.empty()))
                .andExpect(model().attribute("roles", se.arenaregister.security.internal.AccountRole.TICKED))
                .andExpect(model().attribute("minPassword", UserAdministration.MIN_PASSWORD))
                .andExpect(model().attribute("userId", (Object) null));
    }

    @Test
    void createsAndRedirectsToTheList() throws Exception {
        mvc.perform(post("/users").with(csrf()).param("username", "cecilia").param("displayName", "Cecilia Ek").param("roles", "ADMIN")
                        .param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("message", "user.created"));
        ArgumentCaptor<NewUserForm> form = ArgumentCaptor.forClass(NewUserForm.class);
        verify(users).create(form.capture());
        assertThat(form.getValue().username()).isEqualTo("cecilia");
        assertThat(form.getValue().roles()).containsExactly(se.arenaregister.security.internal.AccountRole.ADMIN);
        assertThat(form.getValue().passwordRepeat()).isEqualTo(NEW_PASSWORD);
    }

    @Test
    void reShowsTheNewUserFormWithFieldErrorsOrTheServicesRejections() throws Exception {
        mvc.perform(post("/users").with(csrf()).param("username", "bo berg!").param("displayName", "").param("roles", "COORDINATOR")
                        .param("password", ""))
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "NotBlank"));
        verify(users, never()).create(any());

        willThrow(new InvalidInputException(List.of(new InvalidInputException.Rejection("username", "user.username.taken"),
                new InvalidInputException.Rejection("password", "user.password.tooShort", UserAdministration.MIN_PASSWORD))))
                .given(users).create(any());
        mvc.perform(post("/users").with(csrf()).param("username", "bo").param("displayName", "Bo").param("roles", "COORDINATOR")
                        .param("password", "kort").param("passwordRepeat", "kort"))
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.tooShort"));
    }

    @Test
    void editsAnAccountAsTheActingUser() throws Exception {
        mvc.perform(get("/users/8/edit"))
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attribute("form", UserForm.of(bo)))
                .andExpect(model().attribute("account", bo))
                .andExpect(model().attribute("userId", 8L));
        // An unticked checkbox sends only the marker field th:field adds (_enabled), which binds it as false.
        mvc.perform(post("/users/8").with(csrf()).principal(ADMIN).param("displayName", "Bo Berg").param("roles", "COORDINATOR")
                        .param("_enabled", "on").param("version", "2"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("message", "user.saved"));
        verify(users).update(eq(8L), argThat(f -> !f.enabled() && f.version() == 2L), eq("admin"));
    }

    @Test
    void refusesAnEditWithoutTheEnabledFieldAtAll() throws Exception {
        mvc.perform(post("/users/8").with(csrf()).principal(ADMIN).param("displayName", "Bo Berg").param("roles", "COORDINATOR")
                        .param("version", "2"))
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrors("form", "enabled"));
        verify(users, never()).update(anyLong(), any(), anyString());
    }

    @Test
    void putsTheLastAdministratorRuleNextToTheRoleAndShowsAConflict() throws Exception {
        willThrow(InvalidInputException.of("roles", "user.lastAdmin")).given(users).update(eq(8L), any(), anyString());
        mvc.perform(post("/users/8").with(csrf()).principal(ADMIN).param("displayName", "Bo Berg").param("roles", "COORDINATOR")
                        .param("enabled", "true").param("version", "2"))
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "user.lastAdmin"));

        willThrow(new EditConflictException(3, Map.of("displayName", "Bo B. Berg"), "cecilia")).given(users).update(eq(8L), any(), anyString());
        mvc.perform(post("/users/8").with(csrf()).principal(ADMIN).param("displayName", "Bo Berg").param("roles", "COORDINATOR")
                        .param("enabled", "true").param("version", "2"))
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("displayName", "Bo B. Berg")))
                .andExpect(model().attribute("conflictBy", "cecilia"))
                .andExpect(result -> assertThat(((UserForm) result.getModelAndView().getModel().get("form")).version()).isEqualTo(3L));
    }

    @Test
    void setsAUsersPasswordOrSaysWhyNot() throws Exception {
        mvc.perform(get("/users/8/password"))
                .andExpect(view().name(UserController.PASSWORD_VIEW))
                .andExpect(model().attribute("form", PasswordForm.empty()))
                .andExpect(model().attribute("account", bo));
        mvc.perform(post("/users/8/password").with(csrf()).param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("message", "user.password.set"));
        verify(users).setPassword(8L, new PasswordForm(null, NEW_PASSWORD, NEW_PASSWORD));

        willThrow(InvalidInputException.of("passwordRepeat", "user.password.mismatch")).given(users).setPassword(eq(8L), any());
        mvc.perform(post("/users/8/password").with(csrf()).param("password", NEW_PASSWORD).param("passwordRepeat", "något annat"))
                .andExpect(view().name(UserController.PASSWORD_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordRepeat", "user.password.mismatch"))
                .andExpect(model().attribute("userId", 8L));
    }

    @Test
    void changesTheUsersOwnPasswordAndNeverCallsTheServiceWithoutANewOne() throws Exception {
        mvc.perform(get("/account/password"))
                .andExpect(view().name(UserController.PASSWORD_VIEW))
                .andExpect(model().attribute("userId", (Object) null))
                .andExpect(model().attribute("account", (Object) null));
        mvc.perform(post("/account/password").with(csrf()).principal(ADMIN).param("currentPassword", "det gamla lösenordet")
                        .param("password", ""))
                .andExpect(view().name(UserController.PASSWORD_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "NotBlank"));
        verify(users, never()).changeOwnPassword(anyString(), any());

        mvc.perform(post("/account/password").with(csrf()).principal(ADMIN).param("currentPassword", "det gamla lösenordet")
                        .param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("message", "user.password.changed"));
        verify(users).changeOwnPassword("admin", new PasswordForm("det gamla lösenordet", NEW_PASSWORD, NEW_PASSWORD));
    }

    @Test
    void putsAWrongCurrentPasswordNextToIt() throws Exception {
        willThrow(InvalidInputException.of("currentPassword", "user.password.wrong")).given(users).changeOwnPassword(eq("admin"), any());
        mvc.perform(post("/account/password").with(csrf()).principal(ADMIN).param("currentPassword", "fel")
                        .param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
                .andExpect(view().name(UserController.PASSWORD_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "user.password.wrong"));
    }

    @Test
    void answersAnUnknownAccountWith404() throws Exception {
        given(users.get(anyLong())).willThrow(new NotFoundException("user", 9L));
        mvc.perform(get("/users/9/edit")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        mvc.perform(get("/users/9/password")).andExpect(status().isNotFound());
    }
}
