package com.replycraft.app;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** The page shell of the web app: the CSS-only "replycraft" theme on top of Lumo. */
@Theme("replycraft")
public class AppShell implements AppShellConfigurator {}
