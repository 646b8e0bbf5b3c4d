// The parts of CodeMirror 6 the cockpit's SQL workbench uses, as one global: window.CodeMirror.
export { EditorView, keymap, placeholder } from "@codemirror/view";
export { EditorState, Prec } from "@codemirror/state";
export { basicSetup } from "codemirror";
export { sql, PostgreSQL, StandardSQL } from "@codemirror/lang-sql";
