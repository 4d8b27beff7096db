package org.tongban.quotareview;

import java.util.List;

/** A declaration refused before anything was written, with every field problem found. */
public class InvalidDeclarationException extends RuntimeException {

    private final transient List<DeclarationProblem> problems;

    InvalidDeclarationException(List<DeclarationProblem> problems) {
        super("Declaration refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<DeclarationProblem> problems() {
        return problems;
    }
}
