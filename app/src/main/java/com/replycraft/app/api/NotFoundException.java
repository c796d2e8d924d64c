package com.replycraft.app.api;

/** The resource an API call names does not exist; answered as 404 problem+json. */
class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
