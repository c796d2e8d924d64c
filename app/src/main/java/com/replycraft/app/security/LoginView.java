package com.replycraft.app.security;

import com.replycraft.app.ReplyCraftProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The sign-in page; in demo mode it also lists the demo users and their passwords. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · ReplyCraft")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  final LoginForm login = new LoginForm();
  private final AuthenticationContext authentication;

  LoginView(ReplyCraftProperties properties, AuthenticationContext authentication) {
    this.authentication = authentication;
    addClassName("rc-login");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    login.setAction("login");
    login.setForgotPasswordButtonVisible(false);
    H1 title = new H1("ReplyCraft");
    title.addClassName("rc-login-title");
    add(title, new Paragraph("Write replies that respect the customer's wait."), login);
    if (properties.demo()) {
      add(demoCredentials());
    }
  }

  private static Div demoCredentials() {
    Div box = new Div();
    box.addClassName("rc-demo-credentials");
    box.setId("demo-credentials");
    box.add(new H4("Demo users"));
    for (DemoUsers.Credentials c : DemoUsers.ALL) {
      Div line = new Div();
      line.add(new Span(c.role().label() + ": "));
      Span user = new Span(c.username());
      user.addClassName("rc-code");
      Span password = new Span(c.password());
      password.addClassName("rc-code");
      line.add(user, new Span(" / "), password);
      box.add(line);
    }
    return box;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (authentication.isAuthenticated()) {
      event.forwardTo("");
      return;
    }
    login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }
}
