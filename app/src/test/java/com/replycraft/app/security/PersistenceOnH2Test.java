package com.replycraft.app.security;

import com.replycraft.app.ReplyCraftTest;

/** The persistence contract on the embedded H2 database (the default). */
@ReplyCraftTest
class PersistenceOnH2Test extends PersistenceContract {}
