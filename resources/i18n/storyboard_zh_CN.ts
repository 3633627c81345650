<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>AppWorkspace</name>
    <message>
        <source>Storyboard 1</source>
        <translation>故事板 1</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty.</source>
        <translation>{folder} 已存在且不是空文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
</context>
<context>
    <name>BoardSettings</name>
    <message>
        <source>Change model</source>
        <translation>更改模型</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>更改模式</translation>
    </message>
    <message>
        <source>Change aspect ratio</source>
        <translation>更改画幅比例</translation>
    </message>
    <message>
        <source>Native audio: dialogue and sound effects</source>
        <translation>原生音频：台词和音效</translation>
    </message>
    <message>
        <source>Switch audio</source>
        <translation>切换音频</translation>
    </message>
    <message>
        <source>Let Kling cut (one prompt; Kling plans the shots)</source>
        <translation>让可灵剪辑（一条提示词，由可灵安排镜头）</translation>
    </message>
    <message>
        <source>The shots become your notes for one prompt of the total length, and Kling decides where to cut (Kling 3.0 and 3.0 Omni only).</source>
        <translation>各镜头成为一条总时长提示词里的备注，由可灵决定在哪里剪切（仅限可灵 3.0 和 3.0 Omni）。</translation>
    </message>
    <message>
        <source>Let Kling cut</source>
        <translation>让可灵剪辑</translation>
    </message>
    <message>
        <source>Carried into every shot, e.g. neo-noir, 35mm film grain</source>
        <translation>用于每个镜头，例如：新黑色电影、35mm 胶片颗粒</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>编辑风格</translation>
    </message>
    <message>
        <source>e.g. hard neon rim light, wet reflections</source>
        <translation>例如：硬朗的霓虹轮廓光、湿润的反光</translation>
    </message>
    <message>
        <source>Edit lighting</source>
        <translation>编辑光线</translation>
    </message>
    <message>
        <source>What the model should avoid: blur, watermark, …</source>
        <translation>模型应避免的内容：模糊、水印……</translation>
    </message>
    <message>
        <source>Edit negative prompt</source>
        <translation>编辑反向提示词</translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation>—（无）</translation>
    </message>
    <message>
        <source>Kept for services that take a seed; Kling takes none</source>
        <translation>留给接受种子的服务；可灵不使用种子</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>更改种子</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>画幅</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>光线</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>费用估算</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Rename storyboard</source>
        <translation>重命名故事板</translation>
    </message>
    <message>
        <source>Props and places</source>
        <translation>道具与场景</translation>
    </message>
    <message>
        <source>No price for this model, mode and audio.</source>
        <translation>此模型、模式和音频组合没有价格。</translation>
    </message>
    <message>
        <source>{shots}, {least}–{most} s in all, {characters} a shot prompt</source>
        <translation>{shots}，总长 {least}–{most} 秒，每个镜头提示词 {characters}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <source>Unknown model.</source>
        <translation>未知模型。</translation>
    </message>
</context>
<context>
    <name>CastPictures</name>
    <message>
        <source>{name}: {path}
Change it on the Characters tab.</source>
        <translation>{name}：{path}
在“角色”标签页中更改。</translation>
    </message>
</context>
<context>
    <name>CharacterImages</name>
    <message>
        <source>Remove this picture</source>
        <translation>移除这张图片</translation>
    </message>
    <message>
        <source>Drop pictures
of them here</source>
        <translation>把角色的图片
拖放到这里</translation>
    </message>
    <message>
        <source>A character takes {most} pictures.</source>
        <translation>一个角色最多 {most} 张图片。</translation>
    </message>
</context>
<context>
    <name>CharactersPanel</name>
    <message>
        <source>Add Character</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Renaming changes every line and shot that names them (one undo)</source>
        <translation>重命名会同时修改提到该角色的每句台词和每个镜头（一步撤销）</translation>
    </message>
    <message>
        <source>Face, age, build, hair: the words used in every shot</source>
        <translation>面容、年龄、体型、发型：每个镜头都用这段描述</translation>
    </message>
    <message>
        <source>What they wear</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>How they sound</source>
        <translation>嗓音特点</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>wardrobe</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>Wardrobe</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可灵音色</translation>
    </message>
    <message>
        <source>Kling element</source>
        <translation>可灵主体</translation>
    </message>
    <message>
        <source>Add character</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Character {number}</source>
        <translation>角色 {number}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>将 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s {field}</source>
        <translation>编辑 {name} 的{field}</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare takes</source>
        <translation>对比成片</translation>
    </message>
    <message>
        <source>Play Both</source>
        <translation>同时播放</translation>
    </message>
    <message>
        <source>Pause Both</source>
        <translation>同时暂停</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing?</source>
        <translation>关闭前保存对“{title}”的更改吗？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <source>Open a project folder (.storyboard)</source>
        <translation>打开项目文件夹（.storyboard）</translation>
    </message>
    <message>
        <source>Create the project folder</source>
        <translation>创建项目文件夹</translation>
    </message>
    <message>
        <source>Projects ({pattern})</source>
        <translation>项目（{pattern}）</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作吗？</translation>
    </message>
    <message>
        <source>The app closed unexpectedly while “{title}” ({where}) had unsaved changes. Restore them as they were at {when}?</source>
        <translation>应用意外关闭时，“{title}”（{where}）有未保存的更改。要恢复到 {when} 时的状态吗？</translation>
    </message>
    <message>
        <source>Pictures are missing</source>
        <translation>缺少图片</translation>
    </message>
    <message>
        <source>Some shots&apos; pictures cannot be used:</source>
        <translation>部分镜头的图片无法使用：</translation>
    </message>
    <message>
        <source>Render with Blocking Frames</source>
        <translation>用走位示意图渲染</translation>
    </message>
    <message>
        <source>Import a screenplay</source>
        <translation>导入剧本</translation>
    </message>
    <message>
        <source>Screenplays ({patterns})</source>
        <translation>剧本（{patterns}）</translation>
    </message>
</context>
<context>
    <name>DialogueEditor</name>
    <message>
        <source>Add line</source>
        <translation>添加台词</translation>
    </message>
    <message>
        <source>Add a dialogue line</source>
        <translation>添加一句台词</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>旁白</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add shot</source>
        <translation>添加镜头</translation>
    </message>
    <message>
        <source>Duplicate shot</source>
        <translation>复制镜头</translation>
    </message>
    <message>
        <source>Delete shot</source>
        <translation>删除镜头</translation>
    </message>
    <message>
        <source>Move shot</source>
        <translation>移动镜头</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Save the project first: images are copied into its folder.</source>
        <translation>请先保存项目：图片会复制到项目文件夹中。</translation>
    </message>
    <message>
        <source>Importing {n} picture…</source>
        <translation>正在导入 {n} 张图片…</translation>
    </message>
    <message>
        <source>Importing {n} pictures…</source>
        <translation>正在导入 {n} 张图片…</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>无法读取 {file}：{error}。</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>未添加：{why}</translation>
    </message>
    <message>
        <source>Added {n} picture.</source>
        <translation>已添加 {n} 张图片。</translation>
    </message>
    <message>
        <source>Added {n} pictures.</source>
        <translation>已添加 {n} 张图片。</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>导入失败：{error}</translation>
    </message>
</context>
<context>
    <name>ElementMaker</name>
    <message>
        <source>Make Kling Element</source>
        <translation>创建可灵主体</translation>
    </message>
    <message>
        <source>Make Again</source>
        <translation>重新创建</translation>
    </message>
    <message>
        <source>creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>The Kling address is not usable.</source>
        <translation>可灵服务地址无法使用。</translation>
    </message>
    <message>
        <source>Save the project first.</source>
        <translation>请先保存项目。</translation>
    </message>
    <message>
        <source>A picture cannot be read: {error}</source>
        <translation>有一张图片无法读取：{error}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>{element}. Custom voice: {voice}</source>
        <translation>{element}。自定义音色：{voice}</translation>
    </message>
    <message>
        <source>Make Kling Voice</source>
        <translation>创建可灵音色</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <source>being made at Kling, not followed now: press the button to follow it (it is not made twice)</source>
        <translation>可灵正在创建，目前未跟进：按按钮继续跟进（不会重复创建）</translation>
    </message>
    <message>
        <source>{units} units (≈ $0.007) for the custom voice</source>
        <translation>自定义音色 {units} 单位（≈ $0.007）</translation>
    </message>
    <message>
        <source>Kling does not publish the price of an element; it is shown once made</source>
        <translation>可灵没有公布主体的价格；创建后显示实际费用</translation>
    </message>
    <message>
        <source>{note}; the custom voice is {units} units (≈ $0.007)</source>
        <translation>{note}；自定义音色 {units} 单位（≈ $0.007）</translation>
    </message>
    <message>
        <source>It is being made already.</source>
        <translation>已经在创建中。</translation>
    </message>
    <message>
        <source>Save the project first: the pictures are read from it.</source>
        <translation>请先保存项目：图片要从项目中读取。</translation>
    </message>
    <message>
        <source>sending the pictures to Kling…</source>
        <translation>正在把图片发送给可灵…</translation>
    </message>
    <message>
        <source>ready: element {id}</source>
        <translation>就绪：主体 {id}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>out of date: its pictures changed since it was made</source>
        <translation>已过期：创建后图片有改动</translation>
    </message>
    <message>
        <source>only 1 picture of it in this storyboard&apos;s shots; an element is made from 2–4 (the first from the front): give it more pictures with the same name</source>
        <translation>本故事板的镜头里只有它的 1 张图片；主体需要 2–4 张（第一张为正面）：请再添加同名的图片</translation>
    </message>
    <message>
        <source>{count} pictures of it in this storyboard&apos;s shots; an element takes at most 4: remove some, or give some another name</source>
        <translation>本故事板的镜头里有它的 {count} 张图片；主体最多 4 张：请删去一些，或给一些改个名字</translation>
    </message>
    <message>
        <source>Kling is making the custom voice…</source>
        <translation>可灵正在创建自定义音色…</translation>
    </message>
    <message>
        <source>Kling has the pictures; waiting for it to start…</source>
        <translation>可灵已收到图片，等待开始…</translation>
    </message>
    <message>
        <source>Kling is making the element…</source>
        <translation>可灵正在创建主体…</translation>
    </message>
</context>
<context>
    <name>ElementPanel</name>
    <message>
        <source>Make Kling Element</source>
        <translation>创建可灵主体</translation>
    </message>
    <message>
        <source>Send the character&apos;s 2–4 pictures (the first from the front) and their Kling voice to your Kling account, which makes one element of them: the same person in every shot</source>
        <translation>把角色的 2–4 张图片（第一张为正面）和可灵音色发送到你的可灵账户，合成一个主体：每个镜头都是同一个人</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop following it; the next Make follows it again, it is not paid twice</source>
        <translation>停止跟进；下次创建时会继续跟进，不会重复付费</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>费用：{cost}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Save first</source>
        <translation>请先保存</translation>
    </message>
    <message>
        <source>Save the project before exporting.</source>
        <translation>导出前请先保存项目。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source> (example: Save makes your own copy)</source>
        <translation>（示例：保存会生成你自己的副本）</translation>
    </message>
    <message>
        <source>{title} — {folder}{example}[*] — Storyboard</source>
        <translation>{title} — {folder}{example}[*] — 故事板</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty; choose a new name.</source>
        <translation>{folder} 已存在且不为空；请换一个名称。</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Cannot import the screenplay</source>
        <translation>无法导入剧本</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
</context>
<context>
    <name>FilmWords</name>
    <message>
        <source>extreme wide shot</source>
        <translation>大远景</translation>
    </message>
    <message>
        <source>wide shot</source>
        <translation>远景</translation>
    </message>
    <message>
        <source>medium long shot</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>medium shot</source>
        <translation>中景</translation>
    </message>
    <message>
        <source>medium close-up</source>
        <translation>近景</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>特写</translation>
    </message>
    <message>
        <source>extreme close-up</source>
        <translation>大特写</translation>
    </message>
    <message>
        <source>two-shot</source>
        <translation>双人镜头</translation>
    </message>
    <message>
        <source>over-the-shoulder shot</source>
        <translation>过肩镜头</translation>
    </message>
    <message>
        <source>point-of-view shot</source>
        <translation>主观镜头</translation>
    </message>
    <message>
        <source>insert shot</source>
        <translation>插入镜头</translation>
    </message>
    <message>
        <source>eye-level angle</source>
        <translation>平视</translation>
    </message>
    <message>
        <source>high angle</source>
        <translation>俯拍</translation>
    </message>
    <message>
        <source>low angle</source>
        <translation>仰拍</translation>
    </message>
    <message>
        <source>bird&apos;s-eye view</source>
        <translation>鸟瞰顶拍</translation>
    </message>
    <message>
        <source>worm&apos;s-eye view</source>
        <translation>极低角度仰拍</translation>
    </message>
    <message>
        <source>dutch angle</source>
        <translation>倾斜构图</translation>
    </message>
    <message>
        <source>static</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>横摇</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>纵摇</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>横移</translation>
    </message>
    <message>
        <source>pedestal</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>crane</source>
        <translation>摇臂升降</translation>
    </message>
    <message>
        <source>dolly</source>
        <translation>推拉</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>变焦</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>orbit</source>
        <translation>环绕</translation>
    </message>
    <message>
        <source>handheld</source>
        <translation>手持</translation>
    </message>
    <message>
        <source>tracking</source>
        <translation>跟拍</translation>
    </message>
    <message>
        <source>rack-focus</source>
        <translation>移焦</translation>
    </message>
    <message>
        <source>dolly-zoom</source>
        <translation>滑动变焦</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无方向</translation>
    </message>
    <message>
        <source>left</source>
        <translation>向左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>向右</translation>
    </message>
    <message>
        <source>up</source>
        <translation>向上</translation>
    </message>
    <message>
        <source>down</source>
        <translation>向下</translation>
    </message>
    <message>
        <source>in</source>
        <translation>推近</translation>
    </message>
    <message>
        <source>out</source>
        <translation>拉远</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>顺时针</translation>
    </message>
    <message>
        <source>counterclockwise</source>
        <translation>逆时针</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>向前</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>向后</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>慢速</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中速</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>std – 720p</source>
        <translation>标准 – 720p</translation>
    </message>
    <message>
        <source>pro – 1080p</source>
        <translation>专业 – 1080p</translation>
    </message>
    <message>
        <source>4k – 2160p</source>
        <translation>4K 超高清 – 2160p</translation>
    </message>
    <message>
        <source>a character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>a product or prop</source>
        <translation>产品或道具</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>场景地点</translation>
    </message>
    <message>
        <source>the look (style)</source>
        <translation>画面风格</translation>
    </message>
    <message>
        <source>character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>product</source>
        <translation>道具</translation>
    </message>
    <message>
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
</context>
<context>
    <name>FrameGenerationDialog</name>
    <message>
        <source>processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Shot {number} already has {room} reference pictures, the most it takes: remove one first.</source>
        <translation>镜头 {number} 已有 {room} 张参考图，已达上限：请先移除一张。</translation>
    </message>
    <message>
        <source>Generate Frames</source>
        <translation>生成画面</translation>
    </message>
    <message>
        <source>Selected shot ({number})</source>
        <translation>所选镜头（{number}）</translation>
    </message>
    <message>
        <source>Whole storyboard ({n} shot)</source>
        <translation>整个故事板（{n} 个镜头）</translation>
    </message>
    <message>
        <source>Whole storyboard ({n} shots)</source>
        <translation>整个故事板（{n} 个镜头）</translation>
    </message>
    <message>
        <source> per shot</source>
        <translation> 张/镜头</translation>
    </message>
    <message>
        <source>As a series (one coherent set; kling-v3-omni only)</source>
        <translation>成组生成（风格统一的一组；仅限 kling-v3-omni）</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>尚未发送。</translation>
    </message>
    <message>
        <source>Frames for</source>
        <translation>生成对象</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选数</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>发送内容</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Each request is kept like a video job: if this window or the app closes while frames are made, the app follows them at its next start and they land here as the shot&apos;s takes. Nothing is sent twice without your word.</source>
        <translation>每个请求都像视频任务一样被保存：生成画面时即使关闭此窗口或应用，下次启动时应用也会继续跟进，画面会作为该镜头的备选出现在这里。未经你同意，不会重复发送。</translation>
    </message>
    <message>
        <source>Replicate offers no Kling image model (its Kling models make video only), so frames cannot be generated there. Choose Kling or fal.ai.</source>
        <translation>Replicate 没有可灵图像模型（它的可灵模型只生成视频），所以无法在那里生成画面。请选择可灵或 fal.ai。</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>needs your word</source>
        <translation>等你决定</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Stop Request</source>
        <translation>停止请求</translation>
    </message>
    <message>
        <source>The candidates appear here as each shot&apos;s request finishes (usually within a minute).
Click one per shot to pick it.</source>
        <translation>每个镜头的请求完成后（通常一分钟内），候选画面会出现在这里。
每个镜头点选一张。</translation>
    </message>
    <message>
        <source>Also use it as the shot&apos;s first frame (the video then starts from this picture)</source>
        <translation>同时用作镜头的首帧（视频将从这张画面开始）</translation>
    </message>
    <message>
        <source>Use Picked Frames</source>
        <translation>使用选中的画面</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Keys found.</source>
        <translation>已找到密钥。</translation>
    </message>
    <message>
        <source>No {service} key: add a key in Accounts.</source>
        <translation>没有 {service} 密钥：请在“账户”中添加。</translation>
    </message>
    <message>
        <source>{resolution} ({units} u/image)</source>
        <translation>{resolution}（{units} 单位/张）</translation>
    </message>
    <message>
        <source>{resolution} (${usd}/image)</source>
        <translation>{resolution}（${usd}/张）</translation>
    </message>
    <message>
        <source>{n} reference picture</source>
        <translation>{n} 张参考图</translation>
    </message>
    <message>
        <source>{n} reference pictures</source>
        <translation>{n} 张参考图</translation>
    </message>
    <message>
        <source> (and 1 more shot)</source>
        <translation>（另有 1 个镜头）</translation>
    </message>
    <message>
        <source> (and {n} more shots)</source>
        <translation>（另有 {n} 个镜头）</translation>
    </message>
    <message>
        <source>{cost} for {n} shot</source>
        <translation>{cost}，共 {n} 个镜头</translation>
    </message>
    <message>
        <source>{cost} for {n} shots</source>
        <translation>{cost}，共 {n} 个镜头</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save the project first: the frames are kept in its assets folder.</source>
        <translation>请先保存项目：画面保存在项目的素材文件夹中。</translation>
    </message>
    <message>
        <source>Send to {service}</source>
        <translation>发送到 {service}</translation>
    </message>
    <message>
        <source>Send to {service} ({units} u ≈ ${usd})</source>
        <translation>发送到 {service}（{units} 单位 ≈ ${usd}）</translation>
    </message>
    <message>
        <source>Send to {service} (≈ ${usd})</source>
        <translation>发送到 {service}（≈ ${usd}）</translation>
    </message>
    <message>
        <source>Not sent: no {service} key. Add a key in Accounts.</source>
        <translation>未发送：没有 {service} 密钥。请在“账户”中添加。</translation>
    </message>
    <message>
        <source>Sent {n} request(s) to {service}. They are kept and followed even if this window or the app closes.</source>
        <translation>已向 {service} 发送 {n} 个请求。即使关闭此窗口或应用，它们也会被保存并继续跟进。</translation>
    </message>
    <message>
        <source>{shot}: the answer to the request was lost. The request may exist and be charged; it was not sent again. Send again only if no frames arrive.</source>
        <translation>{shot}：请求的回复丢失了。该请求可能已存在并已计费；没有重新发送。只有在画面始终没有到达时才再次发送。</translation>
    </message>
    <message>
        <source>{n} image</source>
        <translation>{n} 张图</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 张图</translation>
    </message>
    <message>
        <source>{images} × {rate} u = {units} image units ≈ ${usd}</source>
        <translation>{images} × {rate} 单位 = {units} 图像单位 ≈ ${usd}</translation>
    </message>
    <message>
        <source>{images} × ${rate} ≈ ${usd}</source>
        <translation>{images} × 每张 ${rate} ≈ ${usd}</translation>
    </message>
    <message>
        <source> (price not confirmed by fal&apos;s pages)</source>
        <translation>（价格未经 fal 页面确认）</translation>
    </message>
    <message>
        <source>A removed shot</source>
        <translation>已删除的镜头</translation>
    </message>
    <message>
        <source>Shot {number}</source>
        <translation>镜头 {number}</translation>
    </message>
    <message>
        <source>{shot}: not generated. {reason}</source>
        <translation>{shot}：未生成。{reason}</translation>
    </message>
    <message>
        <source>Done: {n} candidates, {units} image units charged. Click one per shot, then Use Picked Frames.</source>
        <translation>完成：{n} 张候选画面，计费 {units} 图像单位。每个镜头点选一张，然后点“使用选中的画面”。</translation>
    </message>
    <message>
        <source>Done: {n} candidates (≈ ${usd}). Click one per shot, then Use Picked Frames.</source>
        <translation>完成：{n} 张候选画面（≈ ${usd}）。每个镜头点选一张，然后点“使用选中的画面”。</translation>
    </message>
    <message>
        <source>{service} cannot stop a request once it runs.</source>
        <translation>{service} 无法停止已在运行的请求。</translation>
    </message>
    <message>
        <source>Click to pick this frame for the shot.</source>
        <translation>点击为该镜头选用这张画面。</translation>
    </message>
    <message>
        <source>Use generated frame</source>
        <translation>使用生成的画面</translation>
    </message>
    <message>
        <source>Use generated frames</source>
        <translation>使用生成的画面</translation>
    </message>
    <message>
        <source>Used {n} frame as the shot&apos;s picture and first frame.</source>
        <translation>已将 {n} 张画面用作镜头的画面和首帧。</translation>
    </message>
    <message>
        <source>Used {n} frames as the shots&apos; pictures and first frames.</source>
        <translation>已将 {n} 张画面用作各镜头的画面和首帧。</translation>
    </message>
    <message>
        <source>Used {n} frame as the shot&apos;s picture.</source>
        <translation>已将 {n} 张画面用作镜头的画面。</translation>
    </message>
    <message>
        <source>Used {n} frames as the shots&apos; pictures.</source>
        <translation>已将 {n} 张画面用作各镜头的画面。</translation>
    </message>
</context>
<context>
    <name>FrameSlot</name>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Drop the
first frame</source>
        <translation>拖放
首帧</translation>
    </message>
    <message>
        <source>Drop the
last frame</source>
        <translation>拖放
尾帧</translation>
    </message>
    <message>
        <source>Drop an image to set the first frame</source>
        <translation>拖放一张图片作为首帧</translation>
    </message>
    <message>
        <source>Drop an image to set the last frame</source>
        <translation>拖放一张图片作为尾帧</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>needs your word</source>
        <translation>等你决定</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>local previs</source>
        <translation>本地预演</translation>
    </message>
    <message>
        <source>Kling</source>
        <translation>可灵</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the selected job. A local render writes nothing; a Kling task cannot be stopped on the service, only no longer followed</source>
        <translation>停止所选任务。本地渲染不会写入任何文件；可灵任务无法在服务端停止，只是不再跟踪</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Send a failed or cancelled job again, unchanged</source>
        <translation>原样重新发送失败或已取消的任务</translation>
    </message>
    <message>
        <source>Send Again…</source>
        <translation>重新发送…</translation>
    </message>
    <message>
        <source>The service could not say whether it received the selected job: send it again, knowing it may charge twice</source>
        <translation>服务无法确定是否收到了所选任务：在已知可能收费两次的情况下重新发送</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Watch the selected render in the player</source>
        <translation>在播放器中观看所选渲染结果</translation>
    </message>
    <message>
        <source>Show File</source>
        <translation>显示文件</translation>
    </message>
    <message>
        <source>Open the folder that holds the video</source>
        <translation>打开视频所在的文件夹</translation>
    </message>
    <message>
        <source> (charged {units} u)</source>
        <translation>（已计费 {units} 单位）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>The video is no longer at {file}.</source>
        <translation>视频已不在 {file}。</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>重新发送？</translation>
    </message>
    <message>
        <source>{service} could not say whether it received “{name}”. If it did, sending it again renders it twice and may charge twice.</source>
        <translation>{service} 无法确定是否收到了“{name}”。如果已收到，重新发送会渲染两次并可能收费两次。</translation>
    </message>
    <message>
        <source>Send Again, May Charge Twice</source>
        <translation>重新发送，可能收费两次</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Reads the account once; nothing is charged</source>
        <translation>只读取一次账户信息，不产生任何费用</translation>
    </message>
    <message>
        <source>Use This Key Until the App Closes</source>
        <translation>在应用关闭前使用此密钥</translation>
    </message>
    <message>
        <source>Kept in memory only; never written to disk</source>
        <translation>只保存在内存中，从不写入磁盘</translation>
    </message>
    <message>
        <source>No {key} yet: paste it above, then Save.</source>
        <translation>还没有 {key}：请粘贴到上方，然后点保存。</translation>
    </message>
    <message>
        <source>To use a key saved here instead, remove {variable} from this computer&apos;s environment and start the app again.</source>
        <translation>如要改用这里保存的密钥，请从本机环境变量中删除 {variable}，然后重新启动应用。</translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation>请先粘贴密钥。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Not connected: the check stopped unexpectedly.</source>
        <translation>未连接：检查意外中止。</translation>
    </message>
</context>
<context>
    <name>KlingPage</name>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>https://… (http only for this computer)</source>
        <translation>https://…（仅本机地址可用 http）</translation>
    </message>
    <message>
        <source>Tasks Kling runs at once for your resource pack; the rest wait</source>
        <translation>可灵按你的资源包同时运行的任务数；其余任务排队等待</translation>
    </message>
    <message>
        <source>Kling&apos;s own API, with the access key and secret key of a Kling resource pack (klingai.com, API keys). Billed in units per second of video.</source>
        <translation>可灵自己的 API，使用可灵资源包的 Access Key 和 Secret Key（klingai.com 的 API 密钥页）。按视频秒数扣除单位。</translation>
    </message>
    <message>
        <source>No Kling keys yet: type your access key and secret key above, then Save.</source>
        <translation>还没有可灵密钥：请在上方输入 Access Key 和 Secret Key，然后点保存。</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep them in, so the app can use them until it closes.</source>
        <translation>这台电脑没有可保存它们的钥匙串，所以应用只能在关闭前使用它们。</translation>
    </message>
    <message>
        <source>KLING_ACCESS_KEY and KLING_SECRET_KEY are set for this computer: they are used instead of keys saved here.</source>
        <translation>本机已设置 KLING_ACCESS_KEY 和 KLING_SECRET_KEY：将使用它们，而不是这里保存的密钥。</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use These Keys Until the App Closes</source>
        <translation>在应用关闭前使用这些密钥</translation>
    </message>
    <message>
        <source>Kept in memory only; never written to disk</source>
        <translation>只保存在内存中，从不写入磁盘</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tasks at once</source>
        <translation>同时运行的任务</translation>
    </message>
    <message>
        <source>Enter the access key and secret key first.</source>
        <translation>请先输入 Access Key 和 Secret Key。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Not connected: the check stopped unexpectedly.</source>
        <translation>未连接：检查意外中止。</translation>
    </message>
</context>
<context>
    <name>KlingService</name>
    <message>
        <source>No Kling keys yet: open Render ▸ Accounts… and enter your access key and secret key.</source>
        <translation>还没有可灵密钥：请打开 渲染 ▸ 账户…，输入 Access Key 和 Secret Key。</translation>
    </message>
    <message>
        <source>No Kling keys yet: open Render ▸ Accounts… and enter your access key and secret key. This computer has no keychain to keep them in, so the app can use them until it closes.</source>
        <translation>还没有可灵密钥：请打开 渲染 ▸ 账户…，输入 Access Key 和 Secret Key。这台电脑没有可保存它们的钥匙串，所以应用只能在关闭前使用它们。</translation>
    </message>
    <message>
        <source>Using the Kling keys set up for this computer.</source>
        <translation>正在使用为这台电脑设置的可灵密钥。</translation>
    </message>
    <message>
        <source>Using the Kling keys kept in this computer&apos;s keychain.</source>
        <translation>正在使用这台电脑钥匙串中的可灵密钥。</translation>
    </message>
    <message>
        <source>Using the keys you entered, until the app closes.</source>
        <translation>正在使用你输入的密钥，直到应用关闭。</translation>
    </message>
    <message>
        <source>“{address}” is not a valid address: the port after “:” must be a number from 1 to 65535.</source>
        <translation>“{address}”不是有效的地址：“:”后面的端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Your settings are saved, but this computer has no keychain to keep the keys in. The app can use them until it closes; you will enter them again next time.</source>
        <translation>设置已保存，但这台电脑没有可保存密钥的钥匙串。应用可以在关闭前使用这些密钥；下次需要重新输入。</translation>
    </message>
    <message>
        <source>Saved; the keys are in this computer&apos;s keychain.</source>
        <translation>已保存；密钥保存在这台电脑的钥匙串中。</translation>
    </message>
    <message>
        <source>Using your Kling keys.</source>
        <translation>正在使用你的可灵密钥。</translation>
    </message>
    <message>
        <source>secure connections cannot be set up: the certificate authorities could not be read ({error})</source>
        <translation>无法建立安全连接：无法读取证书颁发机构（{error}）</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未连接：{reason}</translation>
    </message>
    <message>
        <source>Not connected: no answer from {address} in {seconds} s.</source>
        <translation>未连接：{address} 在 {seconds} 秒内没有回应。</translation>
    </message>
    <message>
        <source>Not connected: {address} cannot be reached ({reason}).</source>
        <translation>未连接：无法访问 {address}（{reason}）。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有回应</translation>
    </message>
    <message>
        <source>Connected to {address}: your account answers.</source>
        <translation>已连接到 {address}：你的账户有回应。</translation>
    </message>
    <message>
        <source>{n} Kling job waits to be resumed: {reason}</source>
        <translation>{n} 个可灵任务等待恢复：{reason}</translation>
    </message>
    <message>
        <source>{n} Kling jobs wait to be resumed: {reason}</source>
        <translation>{n} 个可灵任务等待恢复：{reason}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Kling jobs stopped: {reason}</source>
        <translation>可灵任务已停止：{reason}</translation>
    </message>
</context>
<context>
    <name>LineCard</name>
    <message>
        <source>Pick a character, or type a new name to add one to the project</source>
        <translation>选择一个角色，或输入新名字把新角色加入项目</translation>
    </message>
    <message>
        <source>The language the line is spoken in</source>
        <translation>这句台词所用的语言</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>删除这句台词</translation>
    </message>
    <message>
        <source>How: e.g. deep voice, urgent</source>
        <translation>语气：例如低沉、急促</translation>
    </message>
    <message>
        <source>What they say</source>
        <translation>台词内容</translation>
    </message>
</context>
<context>
    <name>LocalRenders</name>
    <message>
        <source>{resolution}p, waiting for the renderer</source>
        <translation>{resolution}p，等待渲染器</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>渲染中</translation>
    </message>
    <message>
        <source>{width}×{height}, {seconds} s</source>
        <translation>{width}×{height}，{seconds} 秒</translation>
    </message>
    <message>
        <source>Render failed: {reason}</source>
        <translation>渲染失败：{reason}</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>已取消；没有写入任何文件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Storyboards</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>成片</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Shot List (CSV)…</source>
        <translation>镜头表（CSV）…</translation>
    </message>
    <message>
        <source>OpenTimelineIO…</source>
        <translation>OpenTimelineIO…</translation>
    </message>
    <message>
        <source>Final Cut 7 / Premiere XML…</source>
        <translation>Final Cut 7 / Premiere XML…</translation>
    </message>
    <message>
        <source>Final Cut Pro X (FCPXML)…</source>
        <translation>Final Cut Pro X（FCPXML）…</translation>
    </message>
    <message>
        <source>CMX 3600 EDL…</source>
        <translation>CMX 3600 EDL…</translation>
    </message>
    <message>
        <source>Package for Sharing (zip)…</source>
        <translation>分享包（zip）…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>创建一个项目</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>从示例新建(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开一个项目</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Screenplay…</source>
        <translation>导入剧本(&amp;I)…</translation>
    </message>
    <message>
        <source>Break a Fountain or Final Draft script down into storyboards</source>
        <translation>把 Fountain 或 Final Draft 剧本拆解成故事板</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Storyboard PDF (A4)…</source>
        <translation>故事板 PDF（A4）…</translation>
    </message>
    <message>
        <source>Storyboard PDF (Letter)…</source>
        <translation>故事板 PDF（Letter）…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Shot</source>
        <translation>添加镜头(&amp;A)</translation>
    </message>
    <message>
        <source>Add a shot after the selected one</source>
        <translation>在所选镜头之后添加一个镜头</translation>
    </message>
    <message>
        <source>&amp;Duplicate Shot</source>
        <translation>复制镜头(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected shot</source>
        <translation>复制所选镜头</translation>
    </message>
    <message>
        <source>De&amp;lete Shot</source>
        <translation>删除镜头(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected shot (Delete on the timeline, Ctrl+Shift+Delete anywhere)</source>
        <translation>删除选中的镜头（时间线上按 Delete，任何位置按 Ctrl+Shift+Delete）</translation>
    </message>
    <message>
        <source>S&amp;ketch Board…</source>
        <translation>绘制画板(&amp;K)…</translation>
    </message>
    <message>
        <source>Draw the selected shot&apos;s board (it becomes the shot&apos;s picture)</source>
        <translation>为选中的镜头绘制画板（它将成为镜头的画面）</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>The language of the app</source>
        <translation>应用的界面语言</translation>
    </message>
    <message>
        <source>&amp;Render</source>
        <translation>渲染(&amp;R)</translation>
    </message>
    <message>
        <source>Render &amp;Previs</source>
        <translation>渲染预演(&amp;P)</translation>
    </message>
    <message>
        <source>Render the storyboard as an animatic with the local previs renderer (no account)</source>
        <translation>用本地预演渲染器把故事板渲染为动态分镜（无需账户）</translation>
    </message>
    <message>
        <source>Render &amp;With…</source>
        <translation>选择服务渲染(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the service: local previs, Kling, fal.ai or Replicate; each one&apos;s cost and limits first</source>
        <translation>选择服务：本地预演、可灵、fal.ai 或 Replicate；先显示各自的费用和限制</translation>
    </message>
    <message>
        <source>Render with &amp;Kling…</source>
        <translation>用可灵渲染(&amp;K)…</translation>
    </message>
    <message>
        <source>Send the storyboard to Kling (shows the cost and limits first)</source>
        <translation>把故事板发送到可灵（先显示费用和限制）</translation>
    </message>
    <message>
        <source>Generate &amp;Frames…</source>
        <translation>生成画面(&amp;F)…</translation>
    </message>
    <message>
        <source>Candidate pictures for the shot or storyboard from Kling&apos;s image API (cost first)</source>
        <translation>用可灵图像 API 为镜头或故事板生成候选画面（先显示费用）</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Keys for Kling, fal.ai and Replicate, with a connection check</source>
        <translation>可灵、fal.ai 和 Replicate 的密钥，并可检查连接</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>序列(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play Sequence</source>
        <translation>播放序列(&amp;P)</translation>
    </message>
    <message>
        <source>Play every storyboard&apos;s active take one after another</source>
        <translation>依次播放每个故事板当前选用的成片</translation>
    </message>
    <message>
        <source>&amp;Chain to Next Storyboard</source>
        <translation>衔接到下一个故事板(&amp;C)</translation>
    </message>
    <message>
        <source>The last frame of this storyboard&apos;s active take becomes the next storyboard&apos;s first frame, so the cut flows</source>
        <translation>此故事板当前成片的最后一帧成为下一个故事板的首帧，使剪辑衔接流畅</translation>
    </message>
    <message>
        <source>&amp;Export Sequence as MP4…</source>
        <translation>把序列导出为 MP4(&amp;E)…</translation>
    </message>
    <message>
        <source>One video of every storyboard&apos;s active take</source>
        <translation>把每个故事板当前选用的成片合成一个视频</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
</context>
<context>
    <name>ModelNames</name>
    <message>
        <source>Kling</source>
        <translation>可灵</translation>
    </message>
    <message>
        <source>Kling 3.0</source>
        <translation>可灵 3.0</translation>
    </message>
    <message>
        <source>Kling 3.0 Omni</source>
        <translation>可灵 3.0 Omni</translation>
    </message>
    <message>
        <source>Kling 2.6</source>
        <translation>可灵 2.6</translation>
    </message>
</context>
<context>
    <name>MoveCard</name>
    <message>
        <source>The camera move</source>
        <translation>运镜方式</translation>
    </message>
    <message>
        <source>Which way it goes</source>
        <translation>运动方向</translation>
    </message>
    <message>
        <source>How fast</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>When the move starts (— from the shot&apos;s start)</source>
        <translation>运镜开始时间（— 表示从镜头开头）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>When the move ends (— at the shot&apos;s end)</source>
        <translation>运镜结束时间（— 表示到镜头结尾）</translation>
    </message>
    <message>
        <source>Move it earlier</source>
        <translation>往前移</translation>
    </message>
    <message>
        <source>Move it later</source>
        <translation>往后移</translation>
    </message>
    <message>
        <source>Remove this move</source>
        <translation>删除这个运镜</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>MovesEditor</name>
    <message>
        <source>Add move</source>
        <translation>添加运镜</translation>
    </message>
    <message>
        <source>Add a camera move after the others</source>
        <translation>在现有运镜之后添加一个运镜</translation>
    </message>
</context>
<context>
    <name>PayloadPanel</name>
    <message>
        <source>Guidances payload</source>
        <translation>指引载荷</translation>
    </message>
    <message>
        <source>Kling request</source>
        <translation>可灵请求</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the JSON shown to the clipboard</source>
        <translation>把显示的 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the JSON shown to a file</source>
        <translation>把显示的 JSON 保存为文件</translation>
    </message>
    <message>
        <source>Estimated: {cost}</source>
        <translation>估算：{cost}</translation>
    </message>
    <message>
        <source>No price known.</source>
        <translation>价格未知。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
</context>
<context>
    <name>PictureLabels</name>
    <message>
        <source>generated frame</source>
        <translation>生成的画面</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>Previs Player</source>
        <translation>预演播放器</translation>
    </message>
    <message>
        <source>Save video as</source>
        <translation>视频另存为</translation>
    </message>
    <message>
        <source>Video ({pattern})</source>
        <translation>视频（{pattern}）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Save frame as</source>
        <translation>画面另存为</translation>
    </message>
    <message>
        <source>PNG ({pattern})</source>
        <translation>PNG 图片（{pattern}）</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>后退一帧</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>前进一帧</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Full screen (Esc to leave)</source>
        <translation>全屏（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Save Video…</source>
        <translation>保存视频…</translation>
    </message>
    <message>
        <source>Save the video as an MP4 file</source>
        <translation>把视频保存为 MP4 文件</translation>
    </message>
    <message>
        <source>Save Frame…</source>
        <translation>保存画面…</translation>
    </message>
    <message>
        <source>Save the frame shown as a PNG</source>
        <translation>把显示的画面保存为 PNG</translation>
    </message>
    <message>
        <source>Frame → Next Board</source>
        <translation>画面 → 下一故事板</translation>
    </message>
    <message>
        <source>Use the frame shown as the first frame of the next storyboard (chains a sequence longer than one render)</source>
        <translation>把显示的画面用作下一个故事板的首帧（把多次渲染衔接成更长的序列）</translation>
    </message>
    <message>
        <source>No render yet: press Render Previs (Ctrl+R) to make one.</source>
        <translation>还没有渲染：按“渲染预演”（Ctrl+R）生成一个。</translation>
    </message>
    <message>
        <source>asked {asked} s · got {got} s (differs)</source>
        <translation>要求 {asked} 秒 · 实得 {got} 秒（不一致）</translation>
    </message>
    <message>
        <source>asked {asked} s · got {got} s</source>
        <translation>要求 {asked} 秒 · 实得 {got} 秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>PresetVoiceDialog</name>
    <message>
        <source>Play sample</source>
        <translation>播放试听</translation>
    </message>
    <message>
        <source>Kling&apos;s preset voices cannot be listed: {reason}</source>
        <translation>无法列出可灵的预设音色：{reason}</translation>
    </message>
    <message>
        <source>Kling lists no preset voices for this account.</source>
        <translation>可灵没有为此账户列出任何预设音色。</translation>
    </message>
    <message>
        <source>Choose a voice; Play sample lets you hear it first.</source>
        <translation>选择一种音色；“播放试听”可先听一听。</translation>
    </message>
    <message>
        <source>Kling voices</source>
        <translation>可灵音色</translation>
    </message>
    <message>
        <source>Asking Kling for your voices and its preset voices…</source>
        <translation>正在向可灵获取您的音色和它的预设音色…</translation>
    </message>
    <message>
        <source>Your voices cannot be listed: {reason}</source>
        <translation>无法列出您的音色：{reason}</translation>
    </message>
    <message>
        <source>Your voices</source>
        <translation>您的音色</translation>
    </message>
    <message>
        <source>None yet: drop a recording in a character&apos;s Kling voice, then press Make Kling Voice.</source>
        <translation>还没有：把一段录音拖到角色的可灵音色处，再点“创建可灵音色”。</translation>
    </message>
    <message>
        <source>Kling&apos;s preset voices</source>
        <translation>可灵的预设音色</translation>
    </message>
    <message>
        <source>Kling preset voice, id {id}</source>
        <translation>可灵预设音色，ID {id}</translation>
    </message>
    <message>
        <source>Your voice, id {id}</source>
        <translation>您的音色，ID {id}</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Kling gave no reason</source>
        <translation>可灵未说明原因</translation>
    </message>
    <message>
        <source>still being made at Kling; it can be chosen once ready</source>
        <translation>可灵仍在生成；完成后即可选择</translation>
    </message>
    <message>
        <source>not usable ({status})</source>
        <translation>不可用（{status}）</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}：{why}</translation>
    </message>
    <message>
        <source>A voice (task {task})</source>
        <translation>一个音色（任务 {task}）</translation>
    </message>
    <message>
        <source>Fetching the sample of {name}…</source>
        <translation>正在获取“{name}”的试听…</translation>
    </message>
    <message>
        <source>The sample of {name} cannot be fetched: {reason}</source>
        <translation>无法获取“{name}”的试听：{reason}</translation>
    </message>
    <message>
        <source>Playing the sample of {name}.</source>
        <translation>正在播放“{name}”的试听。</translation>
    </message>
    <message>
        <source>“{url}” is not a web address</source>
        <translation>“{url}”不是网址</translation>
    </message>
    <message>
        <source>it is far larger than a short sample</source>
        <translation>它远大于一段简短的试听</translation>
    </message>
    <message>
        <source>the link gave nothing</source>
        <translation>该链接没有返回任何内容</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>机位</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>aspect ratio</source>
        <translation>画幅比例</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>cuts</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>语气</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>first frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>lighting</source>
        <translation>灯光</translation>
    </message>
    <message>
        <source>line</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>moves</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>negative prompt</source>
        <translation>负面提示词</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>prompt language</source>
        <translation>提示词语言</translation>
    </message>
    <message>
        <source>references</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>size</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可灵音色</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>wardrobe</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>shot {n}</source>
        <translation>镜头 {n}</translation>
    </message>
    <message>
        <source>character {n}</source>
        <translation>角色 {n}</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>台词 {n}</translation>
    </message>
    <message>
        <source>move {n}</source>
        <translation>运镜 {n}</translation>
    </message>
    <message>
        <source>picture {n}</source>
        <translation>图片 {n}</translation>
    </message>
    <message>
        <source>storyboard {n}</source>
        <translation>故事板 {n}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
</context>
<context>
    <name>ProblemsController</name>
    <message>
        <source>Problems ({errors}, {warnings})</source>
        <translation>问题（{errors}，{warnings}）</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Name the project</source>
        <translation>为项目命名</translation>
    </message>
    <message>
        <source>Could not copy the pictures and renders into {folder}: {reason}. Nothing was saved.</source>
        <translation>无法把图片和渲染结果复制到 {folder}：{reason}。没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ProjectTitle</name>
    <message>
        <source>Name the project</source>
        <translation>为项目命名</translation>
    </message>
    <message>
        <source>The project&apos;s title: on the PDF cover and in every export</source>
        <translation>项目标题：印在 PDF 封面和每个导出文件中</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Rename the project</source>
        <translation>重命名项目</translation>
    </message>
</context>
<context>
    <name>PromptLanguageCombo</name>
    <message>
        <source>Prompt language</source>
        <translation>提示词语言</translation>
    </message>
    <message>
        <source>Automatic writes the prompts in the language most of the storyboard&apos;s text is in; Chinese prompts use Chinese film terms and punctuation.</source>
        <translation>“自动”会用故事板中大部分文字所用的语言写提示词；中文提示词使用中文影视术语和中文标点。</translation>
    </message>
    <message>
        <source>Change prompt language</source>
        <translation>更改提示词语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Automatic: {language}</source>
        <translation>自动：{language}</translation>
    </message>
</context>
<context>
    <name>PropRow</name>
    <message>
        <source>Send its 2–4 pictures (the first from the front) to your Kling account, which makes one element of them: the same look in every shot</source>
        <translation>把它的 2–4 张图片（第一张为正面）发送到你的可灵账号，由其制作成一个主体：每个镜头里外观一致</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop following it; the next Make follows it again, it is not paid twice</source>
        <translation>停止跟踪；下次点击创建会继续跟踪，不会重复付费</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>place</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <source>1 picture, in shot {shots}</source>
        <translation>1 张图片，在镜头 {shots}</translation>
    </message>
    <message>
        <source>{count} pictures, in shots {shots}</source>
        <translation>{count} 张图片，在镜头 {shots}</translation>
    </message>
</context>
<context>
    <name>PropsPanel</name>
    <message>
        <source>Name a product or place picture in a shot&apos;s References (e.g. “the espresso machine”). The same name in several shots is one thing; with 2–4 pictures it can become a Kling element, the same look in every shot (Kling 3.0 and 3.0 Omni; other models get the pictures).</source>
        <translation>在镜头的参考图里给产品或场景图片起个名字（例如“咖啡机”）。多个镜头里同名的就是同一个东西；有 2–4 张图片时可以做成可灵主体，每个镜头里外观一致（可灵 3.0 与 3.0 Omni；其他模型收到的是图片）。</translation>
    </message>
    <message>
        <source>No named products or places in this storyboard.</source>
        <translation>本故事板中没有已命名的产品或场景。</translation>
    </message>
    <message>
        <source>1 product or place picture has no name: it goes as a plain picture.</source>
        <translation>1 张产品或场景图片没有名字：它将作为普通图片发送。</translation>
    </message>
    <message>
        <source>{count} product or place pictures have no name: they go as plain pictures.</source>
        <translation>{count} 张产品或场景图片没有名字：它们将作为普通图片发送。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReferenceTray</name>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>The role a picture gets when it is dropped or pasted here</source>
        <translation>拖放或粘贴到这里的图片所代表的内容</translation>
    </message>
    <message>
        <source>New pictures show</source>
        <translation>新图片代表</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Add the image on the clipboard (Ctrl+V while the tray has focus)</source>
        <translation>添加剪贴板中的图片（焦点在此区域时按 Ctrl+V）</translation>
    </message>
    <message>
        <source>Drop pictures
here</source>
        <translation>把图片
拖放到这里</translation>
    </message>
    <message>
        <source>{used} of {n} reference</source>
        <translation>{used} / {n} 张参考图</translation>
    </message>
    <message>
        <source>{used} of {n} references</source>
        <translation>{used} / {n} 张参考图</translation>
    </message>
    <message>
        <source>{picture}
Drag onto another shot to use it there too.</source>
        <translation>{picture}
拖到另一个镜头上，也可在那里使用。</translation>
    </message>
    <message>
        <source>What this picture stands for</source>
        <translation>这张图片代表的内容</translation>
    </message>
    <message>
        <source>Remove this reference</source>
        <translation>移除这张参考图</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>起个名字</translation>
    </message>
    <message>
        <source>What this picture shows, e.g. “the espresso machine”: the prompt calls it so. A product or place with the same name in several shots is one thing, which can become a Kling element (Storyboard tab, Props and places).</source>
        <translation>这张图片展示的是什么，例如“咖啡机”：提示词里就这样称呼它。多个镜头里同名的产品或场景是同一个东西，可以做成可灵主体（故事板标签页 ▸ 道具与场景）。</translation>
    </message>
    <message>
        <source>This shot already has {most} reference images, the most it can take.</source>
        <translation>此镜头已有 {most} 张参考图，已达上限。</translation>
    </message>
    <message>
        <source>Only {n} more reference image fits; {left} not added.</source>
        <translation>只能再放 {n} 张参考图；{left} 张未添加。</translation>
    </message>
    <message>
        <source>Only {n} more reference images fit; {left} not added.</source>
        <translation>只能再放 {n} 张参考图；{left} 张未添加。</translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message>
        <source>Resolution of previs renders</source>
        <translation>预演渲染的分辨率</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>请先保存</translation>
    </message>
    <message>
        <source>Save the project first: renders are kept in its renders folder.</source>
        <translation>请先保存项目：渲染结果保存在项目的 renders 文件夹中。</translation>
    </message>
    <message>
        <source>This storyboard has no shots to render.</source>
        <translation>此故事板没有可渲染的镜头。</translation>
    </message>
    <message>
        <source>Rendering “{name}”…</source>
        <translation>正在渲染“{name}”…</translation>
    </message>
    <message>
        <source>Save the project first: results are downloaded into its renders folder.</source>
        <translation>请先保存项目：结果会下载到项目的 renders 文件夹中。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Sent “{name}” to Kling.</source>
        <translation>已把“{name}”发送到可灵。</translation>
    </message>
    <message>
        <source>Render not moved</source>
        <translation>渲染结果未移动</translation>
    </message>
    <message>
        <source>The previs could not be moved into the project: {reason}. It stays at {file}.</source>
        <translation>预演无法移入项目：{reason}。它仍在 {file}。</translation>
    </message>
    <message>
        <source>“{name}” is rendered</source>
        <translation>“{name}”已渲染完成</translation>
    </message>
    <message>
        <source>Render failed: {reason}</source>
        <translation>渲染失败：{reason}</translation>
    </message>
    <message>
        <source>“{name}” failed</source>
        <translation>“{name}”失败</translation>
    </message>
</context>
<context>
    <name>RenderServices</name>
    <message>
        <source>Save first</source>
        <translation>请先保存</translation>
    </message>
    <message>
        <source>Save the project first: a service&apos;s results are downloaded into its renders folder. Render ▸ Render Previs (Ctrl+R) works before saving.</source>
        <translation>请先保存项目：服务的结果会下载到它的 renders 文件夹。渲染 ▸ 渲染预演（Ctrl+R）在保存前也可以使用。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Sent “{name}” to {service}.</source>
        <translation>已将“{name}”发送到 {service}。</translation>
    </message>
</context>
<context>
    <name>SamplePlayer</name>
    <message>
        <source>The sound cannot be played: {reason}</source>
        <translation>无法播放声音：{reason}</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Overwrite it with this window&apos;s version?</source>
        <translation>用此窗口中的版本覆盖它吗？</translation>
    </message>
    <message>
        <source>Saved by another window</source>
        <translation>已被另一个窗口保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ScriptImportDialog</name>
    <message>
        <source>{n} note</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <source>{n} boneyard block</source>
        <translation>{n} 个废稿段落</translation>
    </message>
    <message>
        <source>{n} boneyard blocks</source>
        <translation>{n} 个废稿段落</translation>
    </message>
    <message>
        <source>{n} section</source>
        <translation>{n} 个章节</translation>
    </message>
    <message>
        <source>{n} sections</source>
        <translation>{n} 个章节</translation>
    </message>
    <message>
        <source>{n} synopsis</source>
        <translation>{n} 条梗概</translation>
    </message>
    <message>
        <source>{n} synopses</source>
        <translation>{n} 条梗概</translation>
    </message>
    <message>
        <source>{n} page break</source>
        <translation>{n} 个分页符</translation>
    </message>
    <message>
        <source>{n} page breaks</source>
        <translation>{n} 个分页符</translation>
    </message>
    <message>
        <source>{n} title page field</source>
        <translation>{n} 个标题页字段</translation>
    </message>
    <message>
        <source>{n} title page fields</source>
        <translation>{n} 个标题页字段</translation>
    </message>
    <message>
        <source>{n} script note</source>
        <translation>{n} 条剧本注释</translation>
    </message>
    <message>
        <source>{n} script notes</source>
        <translation>{n} 条剧本注释</translation>
    </message>
    <message>
        <source>{n} scene summary</source>
        <translation>{n} 条场景摘要</translation>
    </message>
    <message>
        <source>{n} scene summaries</source>
        <translation>{n} 条场景摘要</translation>
    </message>
    <message>
        <source>{n} act marker</source>
        <translation>{n} 个幕标记</translation>
    </message>
    <message>
        <source>{n} act markers</source>
        <translation>{n} 个幕标记</translation>
    </message>
    <message>
        <source>{n} cast list</source>
        <translation>{n} 份演员表</translation>
    </message>
    <message>
        <source>{n} cast lists</source>
        <translation>{n} 份演员表</translation>
    </message>
    <message>
        <source>notes to the writer are not shots</source>
        <translation>写给编剧的注释不是镜头</translation>
    </message>
    <message>
        <source>the writer took it out of the script (/* … */)</source>
        <translation>编剧已把它从剧本中删去（/* … */）</translation>
    </message>
    <message>
        <source>sections organise the script; they are not on screen</source>
        <translation>章节用于组织剧本，不出现在画面上</translation>
    </message>
    <message>
        <source>synopses describe the script; they are not on screen</source>
        <translation>梗概用于描述剧本，不出现在画面上</translation>
    </message>
    <message>
        <source>page breaks are layout</source>
        <translation>分页符只是排版</translation>
    </message>
    <message>
        <source>title page fields other than the title are not on screen</source>
        <translation>标题页中除标题外的字段不出现在画面上</translation>
    </message>
    <message>
        <source>Final Draft script notes are not shots</source>
        <translation>Final Draft 的剧本注释不是镜头</translation>
    </message>
    <message>
        <source>Final Draft scene summaries are not shots</source>
        <translation>Final Draft 的场景摘要不是镜头</translation>
    </message>
    <message>
        <source>act markers organise the script; they are not on screen</source>
        <translation>幕标记用于组织剧本，不出现在画面上</translation>
    </message>
    <message>
        <source>the cast list is not on screen</source>
        <translation>演员表不出现在画面上</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>段落号</translation>
    </message>
    <message>
        <source>Import “{title}”</source>
        <translation>导入“{title}”</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Each scene becomes storyboards of at most 6 shots and 15 s: an establishing shot, then a shot per action, camera direction and speech, timed by reading time and cut between beats. Untick the scenes to leave out.</source>
        <translation>每个场景会变成若干故事板，每个最多 6 个镜头、15 秒：先是一个定场镜头，然后每个动作、镜头指示和台词各一个镜头，时长按阅读时间计算，在节拍之间切换。取消勾选不需要的场景。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Skipped, no shots made of these ({unit})</source>
        <translation>已跳过，未生成镜头的内容（{unit}）</translation>
    </message>
    <message>
        <source>Why, and what it said</source>
        <translation>原因及原文</translation>
    </message>
    <message>
        <source>Nothing skipped: every line of the script is in a shot.</source>
        <translation>没有跳过任何内容：剧本的每一行都在镜头里。</translation>
    </message>
    <message>
        <source>No scene ticked: nothing will be imported.</source>
        <translation>没有勾选任何场景：不会导入任何内容。</translation>
    </message>
    <message>
        <source>Prologue</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Scene {number} · {heading}</source>
        <translation>场景 {number} · {heading}</translation>
    </message>
    <message>
        <source>{n} storyboard</source>
        <translation>{n} 个故事板</translation>
    </message>
    <message>
        <source>{n} storyboards</source>
        <translation>{n} 个故事板</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} 个角色</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <source>{n} line of dialogue</source>
        <translation>{n} 句台词</translation>
    </message>
    <message>
        <source>{n} lines of dialogue</source>
        <translation>{n} 句台词</translation>
    </message>
    <message>
        <source>{n} scene</source>
        <translation>{n} 个场景</translation>
    </message>
    <message>
        <source>{n} scenes</source>
        <translation>{n} 个场景</translation>
    </message>
    <message>
        <source>Makes {storyboards}, {shots}, {characters}, {lines}, from {scenes} and the prologue.</source>
        <translation>将生成 {storyboards}、{shots}、{characters}、{lines}，来自 {scenes}及开场部分。</translation>
    </message>
    <message>
        <source>Makes {storyboards}, {shots}, {characters}, {lines}, from {scenes}.</source>
        <translation>将生成 {storyboards}、{shots}、{characters}、{lines}，来自 {scenes}。</translation>
    </message>
</context>
<context>
    <name>SequenceController</name>
    <message>
        <source>Sequence: {names}</source>
        <translation>序列：{names}</translation>
    </message>
    <message>
        <source>Cannot play the sequence</source>
        <translation>无法播放序列</translation>
    </message>
    <message>
        <source>Joining the active takes…</source>
        <translation>正在拼接当前选用的成片…</translation>
    </message>
    <message>
        <source>Use frame as first frame</source>
        <translation>将画面用作首帧</translation>
    </message>
    <message>
        <source>No frame</source>
        <translation>没有画面</translation>
    </message>
    <message>
        <source>Chain to next storyboard</source>
        <translation>衔接到下一个故事板</translation>
    </message>
    <message>
        <source>Cannot chain</source>
        <translation>无法衔接</translation>
    </message>
</context>
<context>
    <name>ServiceAccounts</name>
    <message>
        <source>Local previs</source>
        <translation>本地预演</translation>
    </message>
    <message>
        <source>Kling</source>
        <translation>可灵</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep it in, so the app can use it until it closes.</source>
        <translation>这台电脑没有可保存它的钥匙串，所以应用只能在关闭前使用它。</translation>
    </message>
    <message>
        <source>Using the key set for this computer in {variable}; it is used instead of a key saved here.</source>
        <translation>正在使用本机 {variable} 中设置的密钥；它优先于这里保存的密钥。</translation>
    </message>
    <message>
        <source>Using the key kept in this computer&apos;s keychain.</source>
        <translation>正在使用本机钥匙串中保存的密钥。</translation>
    </message>
    <message>
        <source>Using the key you entered, until the app closes.</source>
        <translation>正在使用你输入的密钥，直到应用关闭。</translation>
    </message>
    <message>
        <source>No account needed.</source>
        <translation>无需账户。</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key in. The app can use it until it closes; you will enter it again next time.</source>
        <translation>这台电脑没有可保存密钥的钥匙串。应用可以在关闭前使用它；下次需要重新输入。</translation>
    </message>
    <message>
        <source>Saved; the key is in this computer&apos;s keychain.</source>
        <translation>已保存；密钥在本机钥匙串中。</translation>
    </message>
    <message>
        <source>Not connected: no answer from {service} in {seconds} s.</source>
        <translation>未连接：{service} 在 {seconds} 秒内没有回应。</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未连接：{reason}</translation>
    </message>
    <message>
        <source>Not connected: secure connections cannot be set up ({error}).</source>
        <translation>未连接：无法建立安全连接（{error}）。</translation>
    </message>
    <message>
        <source>Connected: {service} accepts this key. It may not show the account&apos;s balance (a key for running models only).</source>
        <translation>已连接：{service} 接受此密钥。它可能无权显示账户余额（仅用于运行模型的密钥）。</translation>
    </message>
    <message>
        <source>Connected to {service} as {account}; credit left: {balance}.</source>
        <translation>已作为 {account} 连接到 {service}；剩余额度：{balance}。</translation>
    </message>
    <message>
        <source>Connected to {service} as {account}.</source>
        <translation>已作为 {account} 连接到 {service}。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no longer followed; {service} was not asked to stop (no key)</source>
        <translation>不再跟踪；未请求 {service} 停止（没有密钥）</translation>
    </message>
    <message>
        <source>{n} {service} job(s) wait to be resumed: {reason}</source>
        <translation>{n} 个 {service} 任务等待恢复：{reason}</translation>
    </message>
    <message>
        <source>{service} jobs stopped: {reason}</source>
        <translation>{service} 任务已停止：{reason}</translation>
    </message>
    <message>
        <source>{service} did not accept the key. Check it here.</source>
        <translation>{service} 不接受此密钥。请在这里检查。</translation>
    </message>
    <message>
        <source>{service} refused for billing reasons: add credit or a payment method on the service&apos;s website.</source>
        <translation>{service} 因计费原因拒绝：请在该服务的网站上充值或添加付款方式。</translation>
    </message>
    <message>
        <source>{service}&apos;s content check blocked the request.</source>
        <translation>{service} 的内容审核拦截了此请求。</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests may be sent; try again in a minute.</source>
        <translation>{service} 正在限制请求频率；请一分钟后再试。</translation>
    </message>
    <message>
        <source>{service} had a server problem; try again later.</source>
        <translation>{service} 的服务器出了问题；请稍后再试。</translation>
    </message>
    <message>
        <source>{service} cannot be reached: check the internet connection.</source>
        <translation>无法连接到 {service}：请检查网络连接。</translation>
    </message>
</context>
<context>
    <name>ServiceSubmitDialog</name>
    <message>
        <source>{service} — add a key in Accounts</source>
        <translation>{service} — 请在“账户”中添加密钥</translation>
    </message>
    <message>
        <source>Render With</source>
        <translation>渲染服务</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账户…</translation>
    </message>
    <message>
        <source>Add or check the keys of each service</source>
        <translation>添加或检查各服务的密钥</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cannot take</source>
        <translation>无法采用</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>添加密钥…</translation>
    </message>
    <message>
        <source>Open Render ▸ Accounts… on the chosen service&apos;s page</source>
        <translation>打开“渲染 ▸ 账户…”中所选服务的页面</translation>
    </message>
    <message>
        <source>Render shot by shot: one request per shot, joined into one take</source>
        <translation>逐镜头渲染：每个镜头一个请求，拼接成一个成片</translation>
    </message>
    <message>
        <source>For storyboards whose middle shots have their own first or last frames, which one multi-shot request cannot carry. Each shot must be a length the model renders alone.</source>
        <translation>适用于中间镜头有自己首帧或尾帧的故事板，一个多镜头请求无法携带这些帧。每个镜头的时长必须是模型可单独渲染的长度。</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Render with</source>
        <translation>渲染方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认行为</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>“{name}”: {shots}, {seconds} s, {sound}.</source>
        <translation>“{name}”：{shots}，{seconds} 秒，{sound}。</translation>
    </message>
    <message>
        <source>with sound</source>
        <translation>有声</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Shot lengths are sent rounded to whole seconds.</source>
        <translation>镜头时长四舍五入为整秒后发送。</translation>
    </message>
    <message>
        <source>Takes everything in this storyboard.</source>
        <translation>可采用此分镜中的全部内容。</translation>
    </message>
    <message>
        <source>No {service} key yet: add one to send this storyboard there.</source>
        <translation>尚无 {service} 密钥：添加后才能将此分镜发送到该服务。</translation>
    </message>
    <message>
        <source>{service} cannot take this storyboard as it stands: see the lines in red under Cannot take.</source>
        <translation>{service} 无法按现状采用此分镜：请看“无法采用”下的红色内容。</translation>
    </message>
    <message>
        <source>free: rendered on this computer</source>
        <translation>免费：在这台电脑上渲染</translation>
    </message>
    <message>
        <source>An animatic of your boards and words, not a generated video; missing pictures become title cards.</source>
        <translation>用你的画面和文字做成的动态预演，不是生成的视频；缺少的图片会变成字幕卡。</translation>
    </message>
    <message>
        <source>No price known for this combination.</source>
        <translation>此组合的价格未知。</translation>
    </message>
    <message>
        <source>Kling&apos;s own API takes the storyboard as the app writes it.</source>
        <translation>可灵自己的 API 会按应用写出的内容完整采用故事板。</translation>
    </message>
    <message>
        <source>{seconds} s × ${rate}/s ≈ ${usd}</source>
        <translation>{seconds} 秒 × 每秒 ${rate} ≈ ${usd}</translation>
    </message>
    <message>
        <source>Price not known: {service} does not publish one we could confirm.</source>
        <translation>价格未知：{service} 没有公布我们能确认的价格。</translation>
    </message>
    <message>
        <source>takes everything</source>
        <translation>全部可采用</translation>
    </message>
    <message>
        <source>cannot be sent ({n})</source>
        <translation>无法发送（{n}）</translation>
    </message>
    <message>
        <source>{n} left out</source>
        <translation>{n} 项不发送</translation>
    </message>
    <message>
        <source>{service} adds sound unless told not to; this storyboard is sent {sound}.</source>
        <translation>{service} 默认生成声音；此故事板将以“{sound}”发送。</translation>
    </message>
    <message>
        <source>{service} is silent unless told otherwise; this storyboard is sent {sound}.</source>
        <translation>{service} 默认无声；此故事板将以“{sound}”发送。</translation>
    </message>
    <message>
        <source>The picture&apos;s shape comes from the first frame; the storyboard&apos;s {ratio} is not sent.</source>
        <translation>画面比例取自首帧；故事板的 {ratio} 不会发送。</translation>
    </message>
    <message>
        <source>No price is known for this combination, so it is not sent.</source>
        <translation>此组合的价格未知，因此不会发送。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>The new language applies when you start the app again.</source>
        <translation>新的语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Settings saved. A new language applies when you start the app again.</source>
        <translation>设置已保存。新的语言将在下次启动应用时生效。</translation>
    </message>
</context>
<context>
    <name>ShotInspector</name>
    <message>
        <source>Change shot size</source>
        <translation>更改景别</translation>
    </message>
    <message>
        <source>Change angle</source>
        <translation>更改机位角度</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Who or what is in the frame</source>
        <translation>画面中的人或物</translation>
    </message>
    <message>
        <source>Edit subject</source>
        <translation>编辑主体</translation>
    </message>
    <message>
        <source>What happens in the shot</source>
        <translation>镜头中发生的事</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>编辑动作</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>角色名，用逗号分隔</translation>
    </message>
    <message>
        <source>Edit characters in shot</source>
        <translation>编辑镜头中的角色</translation>
    </message>
    <message>
        <source>Edit camera moves</source>
        <translation>编辑运镜</translation>
    </message>
    <message>
        <source>rain, distant siren, …</source>
        <translation>雨声, 远处的警笛, …</translation>
    </message>
    <message>
        <source>Edit sound tags</source>
        <translation>编辑音效</translation>
    </message>
    <message>
        <source>Change reference images</source>
        <translation>更改参考图</translation>
    </message>
    <message>
        <source>Set first frame</source>
        <translation>设置首帧</translation>
    </message>
    <message>
        <source>Set last frame</source>
        <translation>设置尾帧</translation>
    </message>
    <message>
        <source>Swap the first and last frames</source>
        <translation>交换首帧和尾帧</translation>
    </message>
    <message>
        <source>For the crew: not sent to the model</source>
        <translation>给剧组看的：不会发送给模型</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>机位</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First and last frame</source>
        <translation>首帧和尾帧</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>From the character bible</source>
        <translation>来自角色设定</translation>
    </message>
    <message>
        <source>Camera moves</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Compiled prompt</source>
        <translation>生成的提示词</translation>
    </message>
    <message>
        <source>{model} renders whole seconds</source>
        <translation>{model} 只渲染整秒</translation>
    </message>
    <message>
        <source>{model} renders steps of {step} s</source>
        <translation>{model} 按 {step} 秒的步长渲染</translation>
    </message>
    <message>
        <source>the storyboard may last {total} s in all on {model}</source>
        <translation>在 {model} 上故事板总长最多 {total} 秒</translation>
    </message>
    <message>
        <source>a shot lasts at least {least} s on {model}</source>
        <translation>在 {model} 上每个镜头至少 {least} 秒</translation>
    </message>
    <message>
        <source>{typed} s became {duration} s: {why}.</source>
        <translation>{typed} 秒改为 {duration} 秒：{why}。</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Edit dialogue</source>
        <translation>编辑台词</translation>
    </message>
    <message>
        <source>Swap frames</source>
        <translation>交换首尾帧</translation>
    </message>
    <message>
        <source>No shot selected</source>
        <translation>未选择镜头</translation>
    </message>
    <message>
        <source>Shot {number} of {total}</source>
        <translation>镜头 {number} / 共 {total} 个</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} 个字符</translation>
    </message>
</context>
<context>
    <name>ShotPreview</name>
    <message>
        <source>The shot&apos;s picture. Render ▸ Render Previs (Ctrl+R) to watch the storyboard play.</source>
        <translation>镜头的画面。渲染 ▸ 渲染预演（Ctrl+R）即可观看故事板播放。</translation>
    </message>
    <message>
        <source>Render ▸ Render Previs (Ctrl+R) to watch it play.</source>
        <translation>渲染 ▸ 渲染预演（Ctrl+R）即可观看播放。</translation>
    </message>
    <message>
        <source>SHOT {number} · {size} · {seconds} s</source>
        <translation>镜头 {number} · {size} · {seconds} 秒</translation>
    </message>
    <message>
        <source>{name}: &quot;{line}&quot;</source>
        <translation>{name}：“{line}”</translation>
    </message>
</context>
<context>
    <name>SketchDialog</name>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>A pen whose width follows the tablet&apos;s pressure</source>
        <translation>笔画粗细随数位板压力变化的画笔</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>铅笔</translation>
    </message>
    <message>
        <source>A thin pencil, darker as you press</source>
        <translation>细铅笔，用力越大颜色越深</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Erase the sketch (not the underlay)</source>
        <translation>擦除草图（不擦底图）</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Drag to draw an arrow (a move, an action) on the notes layer</source>
        <translation>拖动在标注层上画箭头（表示运镜或动作）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Click to place the note&apos;s words on the notes layer</source>
        <translation>点击把标注文字放到标注层上</translation>
    </message>
    <message>
        <source>ink</source>
        <translation>墨黑</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>深灰</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>中灰</translation>
    </message>
    <message>
        <source>light</source>
        <translation>浅灰</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Tone: {tone}</source>
        <translation>色调：{tone}</translation>
    </message>
    <message>
        <source>Words for the Note tool</source>
        <translation>标注工具的文字</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Underlay (the shot&apos;s picture or blocking frame):</source>
        <translation>底图（镜头的画面或走位示意图）：</translation>
    </message>
    <message>
        <source>Keep it in the board</source>
        <translation>保留在画板中</translation>
    </message>
    <message>
        <source>The board&apos;s picture shows the underlay under the drawing</source>
        <translation>画板的画面会在绘图下方显示底图</translation>
    </message>
    <message>
        <source>Onion skin (previous shot&apos;s board)</source>
        <translation>洋葱皮（上一个镜头的画板）</translation>
    </message>
    <message>
        <source>Also send the board as the shot&apos;s first frame (a sketch steers the render&apos;s style: the video starts from this drawing)</source>
        <translation>同时把画板作为镜头的首帧发送（草图会影响渲染风格：视频将从这张画开始）</translation>
    </message>
    <message>
        <source>Line {weight} px ([ ])  Tone: {tone}</source>
        <translation>线宽 {weight} 像素（[ ]）  色调：{tone}</translation>
    </message>
    <message>
        <source>Select a shot to sketch its board.</source>
        <translation>请先选择一个镜头再绘制画板。</translation>
    </message>
    <message>
        <source>Save the project first: a board is saved into its folder.</source>
        <translation>请先保存项目：画板保存在项目文件夹中。</translation>
    </message>
    <message>
        <source>Shot {number}&apos;s board cannot be opened: {reason}</source>
        <translation>无法打开镜头 {number} 的画板：{reason}</translation>
    </message>
    <message>
        <source>Sketch — Shot {number} of “{name}”</source>
        <translation>绘制 — “{name}”的镜头 {number}</translation>
    </message>
    <message>
        <source>Saving the board…</source>
        <translation>正在保存画板…</translation>
    </message>
    <message>
        <source>Sketch board</source>
        <translation>绘制画板</translation>
    </message>
    <message>
        <source>Board saved: it is the shot&apos;s picture.</source>
        <translation>画板已保存：它现在是镜头的画面。</translation>
    </message>
    <message>
        <source>The board could not be saved: {reason}.</source>
        <translation>画板无法保存：{reason}。</translation>
    </message>
    <message>
        <source>The board could not be saved: {reason}. It is open again with every stroke: save it once that is fixed, or cancel to drop it.</source>
        <translation>画板无法保存：{reason}。它已带着所有笔画重新打开：问题解决后再保存，或点取消放弃它。</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>StoryboardList</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a storyboard after this one</source>
        <translation>在此故事板之后添加一个故事板</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this storyboard</source>
        <translation>复制此故事板</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this storyboard</source>
        <translation>删除此故事板</translation>
    </message>
    <message>
        <source>Drag to reorder. A project plays its storyboards in this order.</source>
        <translation>拖动可调整顺序。项目按此顺序播放各故事板。</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{name}
{shots} · {seconds} s · {model}</source>
        <translation>{name}
{shots} · {seconds} 秒 · {model}</translation>
    </message>
    <message>
        <source>Reorder storyboards</source>
        <translation>调整故事板顺序</translation>
    </message>
    <message>
        <source>Add storyboard</source>
        <translation>添加故事板</translation>
    </message>
    <message>
        <source>Duplicate storyboard</source>
        <translation>复制故事板</translation>
    </message>
    <message>
        <source>Delete storyboard</source>
        <translation>删除故事板</translation>
    </message>
</context>
<context>
    <name>StoryboardPdf</name>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>机位</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{n} storyboard</source>
        <translation>{n} 个故事板</translation>
    </message>
    <message>
        <source>{n} storyboards</source>
        <translation>{n} 个故事板</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>Characters: {names}</source>
        <translation>角色：{names}</translation>
    </message>
    <message>
        <source>Storyboard {number} of {count}</source>
        <translation>故事板 {number}/{count}</translation>
    </message>
    <message>
        <source>Shot {number} (continued)</source>
        <translation>镜头 {number}（续）</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
    <message>
        <source>{name}: “{line}”</source>
        <translation>{name}：“{line}”</translation>
    </message>
    <message>
        <source>Shot {number}</source>
        <translation>镜头 {number}</translation>
    </message>
    <message>
        <source>(at {start} s)</source>
        <translation>（从第 {start} 秒起）</translation>
    </message>
    <message>
        <source>Camera: {moves}</source>
        <translation>运镜：{moves}</translation>
    </message>
    <message>
        <source>Sound: {sound}</source>
        <translation>音效：{sound}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation>镜头表</translation>
    </message>
    <message>
        <source>Shot list (continued)</source>
        <translation>镜头表（续）</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>made from your pictures and words</source>
        <translation>根据你的图片和文字生成</translation>
    </message>
    <message>
        <source>made from its first frame and your words</source>
        <translation>根据首帧和你的文字生成</translation>
    </message>
    <message>
        <source>Render with Kling</source>
        <translation>用可灵渲染</translation>
    </message>
    <message>
        <source>Render shot by shot: one request per shot, joined into one take</source>
        <translation>逐镜头渲染：每个镜头一个请求，拼接成一个成片</translation>
    </message>
    <message>
        <source>For storyboards whose middle shots have their own first or last frames, which one multi-shot request cannot carry. Each shot must be a length the model renders alone.</source>
        <translation>适用于中间镜头有自己首帧或尾帧的故事板，一个多镜头请求无法携带这些帧。每个镜头的时长必须是模型可单独渲染的长度。</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Shot by shot is not possible: {reason}</source>
        <translation>无法逐镜头渲染：{reason}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>“{name}”: {shots}, {seconds} s, {sound}, {made} by {model}.</source>
        <translation>“{name}”：{shots}，{seconds} 秒，{sound}，由 {model} {made}。</translation>
    </message>
    <message>
        <source>with sound</source>
        <translation>有声</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <source>made from your words</source>
        <translation>根据你的文字生成</translation>
    </message>
    <message>
        <source>No price known for this combination.</source>
        <translation>此组合的价格未知。</translation>
    </message>
    <message>
        <source>{model}: up to {shots} shots, {least}–{most} s in whole seconds, {characters} characters a shot prompt, images JPEG/PNG ≤ 10 MB and ≥ 300 px, {images} images a request.</source>
        <translation>{model}：最多 {shots} 个镜头，{least}–{most} 秒（整秒），每个镜头提示词 {characters} 字，图片为 JPEG/PNG、≤ 10 MB 且 ≥ 300 像素，每个请求 {images} 张图片。</translation>
    </message>
</context>
<context>
    <name>SystemCheck</name>
    <message>
        <source>espeak-ng, so previs renders will be silent</source>
        <translation>espeak-ng，因此预演渲染将没有声音</translation>
    </message>
    <message>
        <source>a Chinese/Japanese font, so such text shows as boxes</source>
        <translation>中文/日文字体，因此这类文字会显示为方框</translation>
    </message>
    <message>
        <source>Missing on this computer: {missing}. Install with: sudo apt install {packages} (Debian, Ubuntu; other systems have packages of the same names).</source>
        <translation>这台电脑缺少：{missing}。安装方法：sudo apt install {packages}（Debian、Ubuntu；其他系统也有同名软件包）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <source>no sound output device: renders play silently (is PulseAudio or PipeWire running?)</source>
        <translation>没有声音输出设备：渲染结果播放时没有声音（PulseAudio 或 PipeWire 是否在运行？）</translation>
    </message>
    <message>
        <source>wrote a 1 s H.264/AAC test clip ({bytes} bytes)</source>
        <translation>已写入 1 秒的 H.264/AAC 测试片段（{bytes} 字节）</translation>
    </message>
    <message>
        <source>no test clip to play (writing video failed)</source>
        <translation>没有可播放的测试片段（写入视频失败）</translation>
    </message>
    <message>
        <source>QMediaPlayer showed {frames} frames ({error})</source>
        <translation>QMediaPlayer 显示了 {frames} 帧（{error}）</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>无错误信息</translation>
    </message>
    <message>
        <source>with its audio track</source>
        <translation>含音轨</translation>
    </message>
    <message>
        <source>no audio track found</source>
        <translation>未找到音轨</translation>
    </message>
    <message>
        <source>QMediaPlayer showed {frames} frames, {audio}; {decoders} video decoders</source>
        <translation>QMediaPlayer 显示了 {frames} 帧，{audio}；{decoders} 个视频解码器</translation>
    </message>
    <message>
        <source>loaded the certificate authorities ({bundle})</source>
        <translation>已加载证书颁发机构（{bundle}）</translation>
    </message>
    <message>
        <source>video writing (PyAV)</source>
        <translation>写入视频（PyAV）</translation>
    </message>
    <message>
        <source>video playback (QtMultimedia)</source>
        <translation>播放视频（QtMultimedia）</translation>
    </message>
    <message>
        <source>HTTPS certificates</source>
        <translation>HTTPS 证书</translation>
    </message>
    <message>
        <source>espeak-ng (spoken dialogue)</source>
        <translation>espeak-ng（台词配音）</translation>
    </message>
    <message>
        <source>not installed: previs renders are silent (install {package})</source>
        <translation>未安装：预演渲染没有声音（请安装 {package}）</translation>
    </message>
    <message>
        <source>Chinese/Japanese font</source>
        <translation>中文/日文字体</translation>
    </message>
    <message>
        <source>none: such text shows as boxes (install {package})</source>
        <translation>没有：这类文字会显示为方框（请安装 {package}）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>{name}: {state}: {detail}</source>
        <translation>{name}：{state}：{detail}</translation>
    </message>
    <message>
        <source>Not working: {names}.</source>
        <translation>无法工作：{names}。</translation>
    </message>
</context>
<context>
    <name>TakesController</name>
    <message>
        <source>Delete take</source>
        <translation>删除成片</translation>
    </message>
    <message>
        <source>Delete this take and its video file?</source>
        <translation>删除此成片及其视频文件吗？</translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <source>{service} {mode} · asked {asked} s</source>
        <translation>{service} {mode} · 要求 {asked} 秒</translation>
    </message>
    <message>
        <source>{service} {mode} · asked {asked} s, got {got} s</source>
        <translation>{service} {mode} · 要求 {asked} 秒，实得 {got} 秒</translation>
    </message>
    <message>
        <source> · free</source>
        <translation> · 免费</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>设为当前成片</translation>
    </message>
    <message>
        <source>The active take is the one the player and exports use</source>
        <translation>播放器和导出使用的是当前成片</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Select two takes to watch them side by side</source>
        <translation>选择两个成片并排观看</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the take and its video file</source>
        <translation>删除成片及其视频文件</translation>
    </message>
    <message>
        <source>Render Again in Pro</source>
        <translation>用专业模式重新渲染</translation>
    </message>
    <message>
        <source>Send the same Kling request again in pro mode (1080p)</source>
        <translation>以专业模式（1080p）重新发送同一个可灵请求</translation>
    </message>
    <message>
        <source>No takes yet: every finished render of this storyboard lands here.</source>
        <translation>还没有成片：此故事板每次完成的渲染都会出现在这里。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>pan L</source>
        <translation>左摇</translation>
    </message>
    <message>
        <source>pan R</source>
        <translation>右摇</translation>
    </message>
    <message>
        <source>tilt U</source>
        <translation>上摇</translation>
    </message>
    <message>
        <source>tilt D</source>
        <translation>下摇</translation>
    </message>
    <message>
        <source>truck L</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>truck R</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>pedestal U</source>
        <translation>升</translation>
    </message>
    <message>
        <source>pedestal D</source>
        <translation>降</translation>
    </message>
    <message>
        <source>crane U</source>
        <translation>摇臂升</translation>
    </message>
    <message>
        <source>crane D</source>
        <translation>摇臂降</translation>
    </message>
    <message>
        <source>dolly in</source>
        <translation>推</translation>
    </message>
    <message>
        <source>dolly out</source>
        <translation>拉</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>变焦推</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>变焦拉</translation>
    </message>
    <message>
        <source>roll clockwise</source>
        <translation>顺时针旋转</translation>
    </message>
    <message>
        <source>roll counterclockwise</source>
        <translation>逆时针旋转</translation>
    </message>
    <message>
        <source>orbit L</source>
        <translation>左环绕</translation>
    </message>
    <message>
        <source>orbit R</source>
        <translation>右环绕</translation>
    </message>
    <message>
        <source>tracking forward</source>
        <translation>跟拍前进</translation>
    </message>
    <message>
        <source>tracking backward</source>
        <translation>跟拍后退</translation>
    </message>
    <message>
        <source>tracking L</source>
        <translation>左跟</translation>
    </message>
    <message>
        <source>tracking R</source>
        <translation>右跟</translation>
    </message>
    <message>
        <source>rack-focus in</source>
        <translation>焦点移前</translation>
    </message>
    <message>
        <source>rack-focus out</source>
        <translation>焦点移后</translation>
    </message>
    <message>
        <source>dolly-zoom in</source>
        <translation>希区柯克推</translation>
    </message>
    <message>
        <source>dolly-zoom out</source>
        <translation>希区柯克拉</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>备注 {number}</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <source>one take, Kling cuts · {notes}</source>
        <translation>一镜到底，由可灵剪辑 · {notes}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{total} s of {limit} s · {parts}</source>
        <translation>{total} 秒 / {limit} 秒 · {parts}</translation>
    </message>
</context>
<context>
    <name>VoiceSlot</name>
    <message>
        <source>Drop a 5–30 s recording of one voice (.mp3 .wav .mp4 .mov)</source>
        <translation>拖放一段 5–30 秒的单人录音（.mp3 .wav .mp4 .mov）</translation>
    </message>
    <message>
        <source>Preset voice id</source>
        <translation>预设音色 ID</translation>
    </message>
    <message>
        <source>Kling preset voice id (or drop a recording below)</source>
        <translation>可灵预设音色 ID（或在下方拖放录音）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>播放录音</translation>
    </message>
    <message>
        <source>Forget the recording</source>
        <translation>移除录音</translation>
    </message>
    <message>
        <source>voice recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>The recording {file} is missing from the project.</source>
        <translation>项目中缺少录音 {file}。</translation>
    </message>
    <message>
        <source>Recording: {file}</source>
        <translation>录音：{file}</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可灵音色</translation>
    </message>
    <message>
        <source>Pick one of your voices or Kling&apos;s preset voices by name and hear it</source>
        <translation>按名称从您的音色或可灵的预设音色中选择，并可试听</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s {what}</source>
        <translation>编辑 {name} 的{what}</translation>
    </message>
    <message>
        <source>Save the project first: recordings are copied into it.</source>
        <translation>请先保存项目：录音会复制到项目中。</translation>
    </message>
    <message>
        <source>Not used as a voice: {problem}.</source>
        <translation>未用作音色：{problem}。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>无法读取 {file}：{error}。</translation>
    </message>
</context>
</TS>
