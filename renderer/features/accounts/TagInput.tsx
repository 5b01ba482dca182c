// A tag field (scope of services): type and press Enter or a comma to add, Backspace in the empty box removes the last,
// each tag has its own remove button; suggestions come from a datalist.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../components/layout/icons';

type TagInputProps = {
  /** Set by `Field` on the text box: its id, invalid state and description. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  suggestions?: readonly string[];
  placeholder?: string;
  max?: number;
};

/** Splits typed text on commas (Latin and Chinese) and enumeration marks into tags. */
const splitTags = (text: string) => text.split(/[,，、;；\n]/).map((s) => s.trim()).filter((s) => s !== '');

export function TagInput({ id, value, onChange, onBlur, suggestions = [], placeholder, max = 50, ...aria }: TagInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const listId = useId();

  const add = (text: string) => {
    const next = [...value];
    for (const tag of splitTags(text)) if (!next.includes(tag) && next.length < max) next.push(tag);
    if (next.length !== value.length) onChange(next);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // While an IME is composing Chinese, Enter confirms the candidate, not the tag.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      if (draft.trim() === '') return;
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="acct-tag-input" aria-invalid={aria['aria-invalid']}>
      {value.length > 0 && (
        <ul className="acct-tag-list" aria-label={t('account.tags.current')}>
          {value.map((tag) => (
            <li key={tag} className="acct-tag">
              <span>{tag}</span>
              <button type="button" className="acct-tag-remove" aria-label={t('account.tags.remove', { tag })} onClick={() => onChange(value.filter((v) => v !== tag))}>
                <CloseIcon size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        autoComplete="off"
        list={suggestions.length > 0 ? listId : undefined}
        value={draft}
        placeholder={placeholder}
        aria-invalid={aria['aria-invalid']}
        aria-describedby={aria['aria-describedby']}
        onChange={(event) => {
          const text = event.target.value;
          // Picking a suggestion from the list (a replacement, not typing) or pasting a list adds it at once.
          const picked = (event.nativeEvent as InputEvent).inputType === 'insertReplacementText' || !('inputType' in event.nativeEvent);
          if (/[,，、;；\n]/.test(text) || (picked && suggestions.includes(text))) add(text);
          else setDraft(text);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft.trim() !== '') add(draft);
          onBlur?.();
        }}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.filter((s) => !value.includes(s)).map((s) => <option key={s} value={s} />)}
        </datalist>
      )}
    </div>
  );
}
