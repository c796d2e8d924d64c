package com.replycraft.app;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/**
 * The page shell of the web app: the CSS-only "replycraft" theme on top of Lumo, and server push so
 * long work (imports, AI drafts) reports progress without the user reloading.
 */
@Theme("replycraft")
@Push
public class AppShell implements AppShellConfigurator {}
