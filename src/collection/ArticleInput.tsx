import { useState } from 'react';

/** Props of the box where a person pastes an article or drops or chooses files. */
export interface ArticleInputProps {
  text: string;
  onText: (text: string) => void;
  /** True while a check runs, so the pasted text is not checked twice over. */
  checking: boolean;
  onCheckPasted: () => void;
  onFiles: (list: FileList | null) => Promise<void>;
}

/** The pasted text with its check button and the file chooser, in a box that also takes dropped files. */
export function ArticleInput({ text, onText, checking, onCheckPasted, onFiles }: ArticleInputProps) {
  // Only this box shows the drag, so only it keeps whether one is over it.
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void onFiles(e.dataTransfer.files);
      }}
    >
      <label htmlFor="paste-article">Article text</label>
      <textarea
        id="paste-article"
        rows={6}
        value={text}
        onChange={(e) => onText(e.target.value)}
        placeholder="Paste an article here, or drop .txt files on this box"
      />
      <div className="add-actions">
        <button type="button" onClick={onCheckPasted} disabled={!text.trim() || checking}>
          Check pasted text
        </button>
        <label className="file-button">
          Choose .txt files
          <input
            type="file"
            accept=".txt,text/plain"
            multiple
            onChange={(e) => void onFiles(e.target.files).then(() => (e.target.value = ''))}
          />
        </label>
      </div>
    </div>
  );
}
