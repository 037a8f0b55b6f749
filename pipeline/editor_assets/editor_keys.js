// The editor's keyboard and text-direction helper: a Streamlit component (st.components.v2) with no
// visible output, mounted once per page.  It never sends catalog text anywhere; it only
//  - gives every translation box its language and direction (lang, dir, spellcheck),
//  - inserts a highlighted quantity or token, or a no-break space, at the cursor — through the
//    browser's editing command, so Ctrl+Z undoes it like typing,
//  - makes Ctrl+S commit the box being typed in and press Save,
//  - warns before the page is left while drafts are unsaved.
export default function ({ data }) {
  const state = (window.__handoutsEditor = window.__handoutsEditor || {});
  state.data = data || {};
  if (!state.installed) {
    state.installed = true;
    const BOX = '[class*="st-key-tx-"] textarea, [class*="st-key-mg-"] textarea';
    const decorate = () => {
      const d = state.data;
      document.querySelectorAll(BOX).forEach((t) => {
        if (d.lang && t.getAttribute("lang") !== d.lang) t.setAttribute("lang", d.lang);
        if (d.dir && t.getAttribute("dir") !== d.dir) t.setAttribute("dir", d.dir);
        if (t.getAttribute("spellcheck") !== "true") t.setAttribute("spellcheck", "true");
      });
    };
    state.decorate = decorate;
    new MutationObserver(decorate).observe(document.body, { childList: true, subtree: true });
    document.addEventListener("focusin", (e) => {
      if (e.target instanceof HTMLTextAreaElement && e.target.matches(BOX)) state.box = e.target;
    });
    const insert = (text) => {
      let box = state.box && document.contains(state.box) ? state.box : null;
      box = box || document.querySelector('[class*="st-key-tx-"] textarea');
      if (!box) return;
      box.focus();
      document.execCommand("insertText", false, text);
    };
    document.addEventListener("mousedown", (e) => {
      if (e.target instanceof Element && e.target.closest("[data-insert]")) e.preventDefault(); // keep the caret
    }, true);
    document.addEventListener("click", (e) => {
      const chip = e.target instanceof Element ? e.target.closest("[data-insert]") : null;
      if (chip) { e.preventDefault(); insert(chip.getAttribute("data-insert")); }
    }, true);
    document.addEventListener("keydown", (e) => {
      if (e.ctrlKey && e.shiftKey && e.code === "Space") { e.preventDefault(); insert("\u00a0"); return; }
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-9]$/.test(e.code)) {
        const token = (state.data.tokens || [])[Number(e.code.slice(5)) - 1];
        if (token !== undefined) { e.preventDefault(); insert(token); }
        return;
      }
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.code === "KeyS") {
        e.preventDefault();
        const active = document.activeElement;
        if (active instanceof HTMLElement) active.blur(); // commits the box being typed in
        setTimeout(() => {
          const save = document.querySelector(".st-key-save button");
          if (save) save.click();
        }, 150);
      }
    }, true);
    window.addEventListener("beforeunload", (e) => {
      if ((state.data.unsaved || 0) > 0) { e.preventDefault(); e.returnValue = ""; }
    });
  }
  state.decorate();
}
