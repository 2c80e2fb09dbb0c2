import { t } from '../../lib/i18n';
import { TextField, type TextFieldProps } from '../../ui/text-field';

/** A space's name, when creating or renaming it; at most 80 characters, as on the server. */
export function SpaceNameField(props: Omit<TextFieldProps, 'label' | 'name'>) {
  return (
    <TextField
      label={t('spaces.name')}
      name="name"
      required
      maxLength={80}
      autoComplete="off"
      {...props}
    />
  );
}
