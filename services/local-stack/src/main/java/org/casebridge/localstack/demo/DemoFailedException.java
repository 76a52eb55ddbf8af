package org.casebridge.localstack.demo;

import org.casebridge.localstack.StackException;

/** A demo step that the services refused or did not answer; the stack itself is fine and keeps running. */
public final class DemoFailedException extends StackException {

    DemoFailedException(String message) {
        super(message + System.lineSeparator()
                + "The demo stopped here; the stack keeps running. Steps already taken stay (their keys make a "
                + "rerun of --demo on this data directory take up where it stopped).");
    }
}
