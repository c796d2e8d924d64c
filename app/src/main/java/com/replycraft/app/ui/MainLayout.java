package com.replycraft.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: app name, side navigation and the signed-in user.
 *
 * <p>The navigation lists each view annotated with {@code @Menu} that the signed-in user may open
 * ({@link MenuConfiguration} applies the views' {@code @RolesAllowed}/{@code @PermitAll}). Adding a
 * view to the navigation is one annotation on the view: {@code @Menu(order = 10, title = "Compose",
 * icon = "vaadin:edit")}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  final SideNav nav = new SideNav();
  private final H2 viewTitle = new H2();
  private final AuthenticationContext authentication;

  MainLayout(AuthenticationContext authentication) {
    this.authentication = authentication;
    setPrimarySection(Section.DRAWER);
    viewTitle.addClassName("rc-view-title");
    addToNavbar(new DrawerToggle(), viewTitle);
    H1 appName = new H1("ReplyCraft");
    appName.addClassName("rc-app-name");
    MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
    addToDrawer(appName, new Scroller(nav), footer());
  }

  private static SideNavItem item(MenuEntry entry) {
    String icon = entry.icon();
    if (icon == null || !icon.contains(":")) {
      return new SideNavItem(entry.title(), entry.path());
    }
    String[] parts = icon.split(":", 2);
    return new SideNavItem(entry.title(), entry.path(), new Icon(parts[0], parts[1]));
  }

  private Div footer() {
    Span user = new Span(authentication.getPrincipalName().orElse(""));
    user.addClassName("rc-user-name");
    Button signOut = new Button("Sign out", click -> authentication.logout());
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    Div footer = new Div(user, signOut);
    footer.addClassName("rc-drawer-footer");
    return footer;
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
  }
}
