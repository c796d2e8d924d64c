package com.replycraft.app.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/** Where every signed-in user lands, whatever their role. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

  HomeView(AuthenticationContext authentication) {
    String name = authentication.getPrincipalName().orElse("");
    String roles =
        authentication.getGrantedAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring(5).toLowerCase(Locale.ROOT))
            .sorted()
            .collect(Collectors.joining(", "));
    H3 welcome = new H3("Welcome, " + name);
    welcome.addClassName("rc-welcome");
    add(
        welcome,
        new Paragraph("You are signed in with the role(s): " + roles + "."),
        new Paragraph(
            "ReplyCraft scores written replies on asynchronous channels, advises when a thread"
                + " should move to a call or live chat, and runs QA reviews and training. The"
                + " navigation on the left shows what your role can open."));
  }
}
