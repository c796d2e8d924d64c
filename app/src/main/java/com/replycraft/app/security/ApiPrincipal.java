package com.replycraft.app.security;

import java.io.Serializable;

/** Who is calling the REST API: the token's id, name and role. */
public record ApiPrincipal(long tokenId, String name, Role role) implements Serializable {}
