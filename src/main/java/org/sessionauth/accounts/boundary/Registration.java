package org.sessionauth.accounts.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of register and login. */
public record Registration(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 8, max = 256) String password) {
}
