package org.casebridge.localstack;

/**
 * A reason the local stack cannot start or run, worded for the person at the terminal: what went wrong and
 * what to do. The launcher prints the message only, no stack trace.
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
